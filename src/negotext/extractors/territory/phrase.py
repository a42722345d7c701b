"""The phrase reader: where a territory phrase starts and ends, and the territory it names.

A territory phrase is read from a position on, past prepositions, quantifiers and
demonstratives, up to a clause break or a word that ends it (``territory_stops``); it must have a
territory head within its first words (a territory noun or a named place). A named place becomes
the territory with its canonical name and id; otherwise the phrase itself is kept as a place with
no name or id. Coordinated places (القرم ودونيتسك), a list led by a general noun, a
parallel phrase after a comma and a bare definite noun naming a place told before are read
here too.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

import attrs

from negotext.ar.normalize import normalize_text
from negotext.extractors._common import bare, has_break, norm_range, sentence_range
from negotext.extractors.territory.kinds import VERB_KINDS, kind_of
from negotext.extractors.territory.state import ReaderState
from negotext.extractors.territory.words import ANY, ONE, OTHER_THAN, full_stop_in
from negotext.records import ClaimKind, Entity, EntityKind


@attrs.frozen
class Phrase:
    """A territory phrase: the territory entity and the range the claim's evidence reaches."""

    territory: Entity
    start: int  # normalised start of the territory text
    end: int  # normalised end of the phrase (evidence end)
    parts: tuple[Entity, ...] = ()  # the named places of a coordinated territory


MAX_PHRASE = 10  # words in a territory phrase

MAX_SKIP = 3  # words that may stand before the territory head (بالوضع الجديد في المناطق)

ANAPHOR_WORDS = 60  # how far back in its paragraph a definite noun looks for what it names


class PhraseReader(ReaderState):
    """The phrase reader: where a territory phrase starts and ends, and the territory it names."""

    @functools.cached_property
    def _cue_starts(self) -> frozenset[int]:
        """Where the verbs of control and annexation begin: no territory phrase runs into one."""
        under = normalize_text("تحت")
        return frozenset(
            c.start
            for c in self.cues
            if kind_of(c) in VERB_KINDS
            and self.text[c.start : c.start + 1] not in "بلو"
            and not c.word.startswith(self.verbal_noun_starts)  # احتلال، السيطرة: a noun, no verb
            and c.word not in self.controllers | self.construct
            and self.analysis.words_in(max(0, c.start - 8), c.start)[-1:] != []
            and self._word(*self.analysis.words_in(max(0, c.start - 8), c.start)[-1]) != under
        )  # الجزء المتبقي تحت سيطرتها: a noun of control, no verb

    def _plural_head(self, phrase: Phrase) -> bool:
        """Whether a plural or dual region noun heads the named territory (مقاطعات دونيتسك …،
        كامل منطقتي دونيتسك ولوغانسك: a quantifier may stand before it)."""
        words = self.analysis.words_in(*norm_range(self.analysis, phrase.territory.span))[:4]
        land = self.analysis.word_set("territory_land_nouns")
        while len(words) > 1 and (
            self._word(*words[0]) in self.quantifiers or bare(self._word(*words[0])) in land
        ):
            words = words[1:]  # كامل أراضي منطقتي X وY: the land of the regions the dual names
        plural = self.analysis.word_set("territory_plural_heads")
        if not words:
            return False
        word = bare(self._word(*words[0]))
        return word in plural or any(
            word.endswith(suffix) and word[: -len(suffix)] in plural for suffix in ("ها", "ه")
        )  # جزرها الثلاث طنب الكبرى وطنب الصغرى

    def _dual_head(self, phrase: Phrase) -> bool:
        """Whether a dual region noun heads the territory (مدينتي، بلدتين، منطقتي): one of
        ``territory_plural_heads`` that ends as a dual does."""
        words = self.analysis.words_in(*norm_range(self.analysis, phrase.territory.span))[:1]
        if not words:
            return False
        heads = self.analysis.word_set("territory_plural_heads")
        word = self._word(*words[0])
        return any(
            form.endswith(("ي", "ين")) and form in heads for form in (word, bare(word))
        )  # بلدتي: its ب is no preposition

    def _adjective_dual(self, spans: list[tuple[int, int]], index: int) -> bool:
        """Whether the word at ``index`` is a dual whose form is also an adjective
        (``territory_adjective_duals``: محوري) with no named place right after it (دور محوري
        في المنطقة): the adjective, no territory. Counting the places after it (من محوري
        نتساريم وفيلادلفيا) it is the dual noun and heads the territory."""
        word = self._word(*spans[index])
        if bare(word) not in self.analysis.word_set("territory_adjective_duals"):
            return False
        starts = {start for start, _, _ in self.places}
        first = spans[index + 1][0] if index + 1 < len(spans) else None
        second = spans[index + 2][0] if index + 2 < len(spans) else None
        # محوري نتساريم وفيلادلفيا، محوري فيلادلفيا ونتساريم: either name known
        return first not in starts and not (
            second is not None and self.text.startswith("و", second) and second + 1 in starts
        )

    def _described_last(self, item: Phrase, parts: bool = False) -> bool:
        """Whether a territory listed after a named one is told by its nouns alone and joins it
        (جبل الشيخ والمنطقة العازلة، مدينة X والمناطق المحيطة بها: one coordinated territory). A
        set counted on its own (والمقاطعات الأربع), one a relative clause tells of (والبلدات التي
        ضمتها عام …) or a part of another place (وأجزاء من Y) is a territory of its own, often
        of another year or share: no join. With ``parts`` (a demand, which carries no share) a
        part joins as any other noun does (بانسحاب القوات من X وأجزاء من Y: one demand)."""
        if item.territory.name is not None:
            return False
        start, end = norm_range(self.analysis, item.territory.span)
        end = max(end, item.end)
        if any(start <= s < end for s, _ in self.number_ranges):
            return False
        words = self.analysis.words_in(start, end)
        return (
            bool(words)
            and (
                parts
                or bare(self._word(*words[0])) not in self.analysis.word_set("territory_held_parts")
            )
            and not any(self._word(*t) in self.relatives for t in words)
        )

    def _own_land(self, phrase: Phrase) -> bool:
        """Whether the territory is someone's whole land told by a pronoun (أراضيها، أرضه)."""
        if phrase.territory.id is not None:
            return False
        words = self.analysis.words_in(phrase.start, phrase.end)
        return bool(words) and bare(self._word(*words[0])) in self.analysis.word_set(
            "territory_own_land"
        )

    def _recognised_line(self, position: int, limit: int) -> Phrase | None:
        """A line recognised as a border (الاعتراف بخط دوراند حدوداً دولية، بالخط الأزرق حدوداً
        نهائية): the line word with ب, the words that name it, then the border it is to be in
        the accusative. A line named by no word (بالخط حدوداً) or recognised as nothing said
        (الاعتراف بخط التماس) is none; a border itself (بحدود 1960) is a territory noun."""
        spans = self.analysis.words_in(position, min(limit, position + 80))[:6]
        border = normalize_text("حدود")
        lines = self.analysis.word_set("territory_lines") - {border}
        if len(spans) < 3:
            return None
        first = self._word(*spans[0])
        if not first.startswith("ب") or bare(first) not in lines:
            return None
        for index in range(1, len(spans)):
            t_start, t_end = spans[index]
            word = self._word(t_start, t_end)
            if has_break(self.text, spans[index - 1][1], t_start) or word in self.prepositions:
                return None
            if (
                index > 1
                and bare(word) == border
                and word.endswith("ا")
                and not word.startswith(("ال", "وال"))
            ):
                start, end = spans[0][0] + 1, spans[index - 1][1]
                return Phrase(self._descriptive(start, end), start, t_end)
        return None

    def _joined_to(
        self, annexed: tuple[int, int, Entity], limit: int
    ) -> tuple[int, int, Entity] | None:
        """The country a place is joined to after إلى (ضم قبرص إلى اليونان), or None: the
        place right after the verbal noun is then its object, the country its annexer."""
        after = self.analysis.words_in(annexed[1], min(limit, annexed[1] + 30))[:2]
        if len(after) < 2 or self._word(*after[0]) != "الي":
            return None
        if has_break(self.text, annexed[1], after[1][0]):
            return None
        joined = self._place_at(after[1][0])
        if joined is None or joined[2].kind != EntityKind.COUNTRY:
            return None
        return joined

    def _whole_own_land(self, phrase: Phrase) -> bool:
        """Whether the territory is only one's own land, with no part of it named: a slogan of
        the whole country, no territory in dispute.

        The land is told by a pronoun (أرضنا، أراضيها، ترابه) or as the state's (أراضي الدولة،
        أرض الوطن); a measure of how little (``territory_slogan_measures``: شبر، ذرة تراب، أي
        جزء) or its unity (وحدة أراضيها) may stand before it with or without من, and more of
        one's own after أو / و (أراضيها أو مياهها الإقليمية) with adjectives after it. A named
        place, a territory noun of another kind or a direction makes it a territory named.
        """
        if phrase.territory.id is not None:
            return False
        words = [
            self._word(*w)
            for w in self.analysis.words_in(*norm_range(self.analysis, phrase.territory.span))
        ]
        measures = self.analysis.word_set("territory_slogan_measures")
        stems = self.analysis.word_set("territory_land_stems")
        wholes = self.analysis.word_set("territory_whole_country")

        def own(word: str) -> bool:
            return any(
                word.endswith(suffix) and len(word) > len(suffix) + 2
                for suffix in ("هما", "هم", "ها", "نا", "كم", "ه")
            ) and not word.startswith("ال")

        index = 0
        while index < len(words) and (
            bare(words[index]) in measures or words[index] in ("من", "اي", "كل", ONE, ONE + "ا")
        ):
            index += 1
        if index == len(words):
            return False
        first = words[index]
        if first[:1] in "وبل" and not any(first.startswith(stem) for stem in stems):
            first = first[1:]  # بأرضنا، وأراضيها
        if own(first) and any(first.startswith(stem) for stem in stems):
            index += 1
        elif first in stems and index + 1 < len(words) and words[index + 1] in wholes:
            index += 2
        else:
            return False
        for word in words[index:]:  # أو مياهها الإقليمية: more of one's own, adjectives
            stem = word.removeprefix("و")
            if word == "او" or (
                own(stem) and (not self._is_noun(stem) or any(stem.startswith(s) for s in stems))
            ):
                continue  # أو مياهها: one's own waters too
            if stem.startswith("ال") and bare(stem) not in self.nouns | self.directions:
                continue  # الإقليمية: an adjective (its ة normalised to ه is no pronoun)
            return False
        return True

    def _country_land_whole(self, phrase: Phrase) -> bool:
        """Whether the territory is a noun of land and a country's name, nothing more (أرض
        اليمن، أراضي السودان): the whole land of one state, as أرض الوطن is, no part of it
        named. A region's name (أرض كازامانس، أراضي سيونيك) names the land in dispute."""
        if phrase.territory.id is not None:
            return False
        spans = self.analysis.words_in(*norm_range(self.analysis, phrase.territory.span))
        if len(spans) < 2 or self._word(*spans[0]) not in self.analysis.word_set(
            "territory_land_stems"
        ):
            return False
        country = self._place_at(spans[1][0])
        return (
            country is not None
            and country[2].kind == EntityKind.COUNTRY
            and country[1] >= spans[-1][1]
        )

    def _ours_unnamed(self, phrase: Phrase) -> bool:
        """Whether the territory is only a noun of land or towns with the pronoun of "we"
        (أرضنا، أراضينا، مدننا) and no place named after it: the speaking side's own land, told
        as a grievance (ميليشيا تحتل مدننا، العدو يحتل أرضنا), no territory in dispute named."""
        if phrase.territory.id is not None:
            return False
        spans = self.analysis.words_in(*norm_range(self.analysis, phrase.territory.span))
        words = [self._word(*w) for w in spans]
        if not words or not words[0].endswith("نا"):
            return False
        stem = words[0].removeprefix("و")[: -len("نا")]  # ومدننا: the ending, not an alef
        if stem not in self.nouns | self.analysis.word_set("territory_land_stems"):
            return False
        return not any(
            bare(word) in self.nouns or bare(word) in self.directions for word in words[1:]
        ) and not any(self._place_at(start) is not None for start, _ in spans)

    def _indefinite_relative(self, last: tuple[int, int], verb: str) -> bool:
        """Whether a verb right after an indefinite territory noun, its object a pronoun glued
        to it (أي أرض حررها مقاتلوها، قرى احتلتها القوات), is a relative clause describing
        that land (Arabic puts no relative pronoun after an indefinite noun), not another
        claim's verb."""
        noun = self._word(*last)
        return (
            not noun.startswith(("ال", "وال", "بال", "لل"))
            and bare(noun) in self.nouns
            and verb.endswith(("ها", "هم", "هما"))
            and len(verb) > 4
        )

    def _included_part(self, phrase: Phrase, limit: int) -> Phrase | None:
        """The part named after بما في ذلك / بما فيها right after a territory, or None.

        A place or territory phrase, else the words up to the next clause break (الشمال).
        """
        inclusive = next(
            (c for c in self.inclusive if phrase.start <= c.start <= phrase.end + 3), None
        )
        if inclusive is None:
            return None
        part = self._phrase(inclusive.end, limit)
        if part is not None:
            return part
        words = []
        for t_start, t_end in self.analysis.words_in(inclusive.end, limit)[:3]:
            if has_break(self.text, inclusive.end, t_start):
                break
            words.append((t_start, t_end))
        if not words or not self._word(*words[0]).startswith("ال"):
            return None
        return Phrase(self._descriptive(words[0][0], words[-1][1]), words[0][0], words[-1][1])

    def _referred_to(self, position: int, limit: int) -> Phrase | None:
        """The territory a vague object is said to refer to: "في إشارة إلى" (or "في إشارة
        الى") within eight words after ``position``, past a closing quote and a comma, then a
        territory phrase ("يجب أن يعترف بالواقع الجديد"، في إشارة إلى مقاطعات …). The phrase
        keeps its own start; the claim's evidence runs to its end."""
        words = self.analysis.words_in(position, min(limit, position + 120))[:11]
        hint = normalize_text("إشارة")
        for index in range(len(words) - 2):
            if full_stop_in(self.text[position : words[index][0]]):
                return None
            if (
                self._word(*words[index]) == "في"
                and self._word(*words[index + 1]) == hint
                and self._word(*words[index + 2]) == "الي"
            ):
                return self._phrase(words[index + 2][1], limit)
        return None

    def _described(self, phrase: Phrase | None) -> bool:
        """Whether a territory with no name is told by a relative clause (المناطق التي حررها)."""
        return phrase is not None and any(
            self._word(*t) in self.relatives
            for t in self.analysis.words_in(phrase.start, phrase.end)
        )

    def _parallel(self, position: int, limit: int, preposition: str) -> tuple[int, Phrase] | None:
        """A territory after a comma and و with the preposition of the one before told again
        (من المنطقة العازلة التي توغلت فيها بعد ديسمبر، ومن قمة جبل الشيخ): a parallel object,
        past a time or a clause that ends the territory before (عقب سقوط النظام في ديسمبر/
        كانون الأول 2024), within twelve words and with no other cue between."""
        if preposition not in ("من", "علي", "في"):
            return None
        spans = self.analysis.words_in(position, min(limit, position + 160))[:12]
        cue_starts = {c.start for c in self.cues}
        for t_start, t_end in spans:
            if full_stop_in(self.text[position:t_start]) or t_start in cue_starts:
                return None
            if (
                self._word(t_start, t_end) == "و" + preposition
                and "," in self.text[position:t_start][-3:]
            ):
                phrase = self._phrase(t_end, limit)
                if phrase is None or phrase.start > t_end + 2:
                    return None
                return t_start, phrase
        return None

    def _added_after_comma(self, position: int, limit: int) -> tuple[int, Phrase] | None:
        """A territory a connector of addition adds after a comma (إضافة إلى، بالإضافة إلى،
        فضلاً عن، إلى جانب: ``territory_coordinators`` but و and ثم), past a time or a clause
        that ends the territory before (من التلال الخمس التي يحتلها منذ انتهاء الحرب، إضافة
        إلى مزارع X، وتطالب بإعادة أربع قرى تقول إنها تخضع لسيطرتها منذ التسعينيات، إلى جانب
        عدد من الجيوب): a further object of the same verb, within fifteen words, with no cue of
        another demand between (a control told in a relative clause describes the first)."""
        connectors = [c for c in self.coordinators if " " in c or len(c) > 4]
        spans = self.analysis.words_in(position, min(limit, position + 200))[:15]
        demand_starts = {c.start for c in self.cues if kind_of(c) not in VERB_KINDS}
        for t_start, _ in spans:
            if full_stop_in(self.text[position:t_start]) or t_start in demand_starts:
                return None
            if (
                "،" not in self.text[position:t_start][-3:]
                and "," not in self.text[position:t_start][-3:]
            ):
                continue
            for connector in connectors:
                if not self.text.startswith(connector, t_start):
                    continue
                after = t_start + len(connector)
                counted = self.analysis.words_in(after, min(limit, after + 20))[:2]
                if (
                    len(counted) == 2
                    and self._word(*counted[0]) == normalize_text("عدد")
                    and self._word(*counted[1]) == "من"
                ):
                    after = counted[1][1]  # إلى جانب عدد من الجيوب: a number of them
                phrase = self._phrase(after, limit)
                if phrase is None:
                    return None
                between = self.analysis.words_in(after, phrase.start)
                if all(self._word(*t) in self.quantifiers for t in between) and len(between) <= 1:
                    return t_start, phrase  # …، إلى جانب عدد من الجيوب داخل …
                return None
        return None

    def _joined_after_pronoun(self, end: int) -> tuple[int, Phrase] | None:
        """A territory joined by و and the pronoun's preposition told again right after a
        preposition with a pronoun that ends at ``end`` (منها ومن مدينة X، فيها وفي X): where
        the joined object starts and its phrase."""
        pronoun = self.analysis.words_in(max(0, end - 8), end)[-1:]
        if not pronoun:
            return None
        word = self._word(*pronoun[0])
        preposition = next(
            (p for p in ("من", "في", "عن") if word.startswith(p) and word in self.object_pronouns),
            None,
        )
        following = self.analysis.words_in(end, min(len(self.text), end + 16))[:1]
        if preposition is None or not following:
            return None
        if full_stop_in(self.text[end : following[0][0]]):
            return None
        if self._word(*following[0]) != "و" + preposition:
            return None
        sent_end = sentence_range(self.analysis, end)[1]
        joined = self._phrase(following[0][1], sent_end)
        if joined is None or joined.start > following[0][1] + 2:
            return None
        return following[0][0], joined

    def _apposed_head(self, position: int, sent_start: int) -> Phrase | None:
        """The territory noun phrase before a list set off by dashes right before
        ``position`` (المقاطعات الأربع التي ضمتها – دونيتسك ولوغانسك … – جزءاً), or None."""
        dashes = "–—-"
        gap = self.text[max(sent_start, position - 4) : position]
        if not gap.strip() or gap.strip()[-1] not in dashes:
            return None
        closing = max(self.text.rfind(d, sent_start, position) for d in dashes)
        opening = max(self.text.rfind(d, sent_start, closing) for d in dashes)
        if opening < 0 or closing - opening > 80 or full_stop_in(self.text[opening:closing]):
            return None
        inside = self.analysis.words_in(opening, closing)
        if not inside or self._place_at(inside[0][0]) is None:
            return None  # the dashes hold named places
        words = self.analysis.words_in(max(sent_start, opening - 80), opening)
        for index, (t_start, _) in enumerate(words):
            word = self._word(*words[index])
            if word.startswith("ال") and bare(word) in self.nouns:
                phrase = self._phrase(t_start, opening)
                if phrase is not None:
                    return phrase
        return None

    def _predicate_noun(self, word: str) -> bool:
        """An indefinite territory noun in the accusative (إقليماً، أرضاً): a predicate. A
        noun of land with a pronoun ending in alef (أرضها; أراضينا، مياهنا with that of "we",
        ``territory_land_stems``) is someone's land, no predicate."""
        return (
            word.endswith("ا")
            and not word.lstrip("وف").startswith("ال")
            and not word.endswith("ها")
            and not (
                word.endswith("نا")
                and word[: -len("نا")] in self.analysis.word_set("territory_land_stems")
            )
            and self._is_noun(word)
        )

    def _counted(self, token: tuple[int, int]) -> bool:
        """Whether ``token`` is a number: the noun after a number from eleven to ninety-nine is
        singular and in the accusative (سيطر على 19 موقعاً، ثلاثين قريةً), a counted territory,
        no predicate."""
        return any(s < token[1] and token[0] < e for s, e in self.number_ranges)

    def _phrase_head_before(self, before: list[tuple[int, int]], strict: bool) -> int | None:
        """Where the territory phrase ending ``before`` starts: its last territory word or
        place, with the region nouns before it; ``strict``: it must end right there."""
        found: int | None = None
        for index in range(len(before) - 1, -1, -1):
            noun = self._is_noun(self._word(*before[index]))
            place = self._place_at(before[index][0]) is not None
            if found is None:
                if noun or place:
                    found = index
                elif strict and index < len(before) - 2:
                    return None
            elif noun and not place:
                found = index  # إقليم كاراباخ
            else:
                break
        return found

    def _apposed_to(self, head: int, sent_start: int) -> tuple[int, int] | None:
        """The territory an apposition at ``head`` describes, as (start, end), or None.

        "غرب تيغراي، المنطقة الخصبة التي …"، "مدينة لاشيو، كبرى مدن ولاية شان، التي …":
        a noun phrase right after a comma (one word such as كبرى may open it) renames the
        territory before the comma, a named place or a territory noun with its name.
        """
        before = self.analysis.words_in(max(sent_start, head - 60), head)
        if self.text[head : head + 1] == "و" or not before:
            return None
        comma = self.text.rfind(",", max(sent_start, head - 40), head)
        if comma < 0 or len([t for t in before if t[0] > comma]) > 1:
            return None
        opener = [self._word(*t) for t in before if t[0] > comma]
        if opener and opener[0] in self.analysis.word_set("territory_separate_pronouns"):
            return None  # X، وهي المناطق الأربع التي …: the noun after it as written
        if opener and not self._elative(opener[0]):
            return None  # كبرى مدن الشمال، أكبر مدن …: an elative may open it, no verb (وتعتبر)
        previous = [t for t in before if t[1] <= comma][-4:]
        previous = [t for t in previous if not has_break(self.text, t[1], comma)]
        found = self._phrase_head_before(previous, True)
        if found is None:
            return None
        if self._place_at(previous[found][0]) is None and not self._is_noun(
            self._word(*previous[found])
        ):
            return None
        while found > 0 and self._word(*previous[found - 1]) in self.directions:
            found -= 1  # غرب تيغراي
        return previous[found][0], comma

    def _elative(self, word: str) -> bool:
        """Whether ``word`` reads as an elative (أكبر، كبرى، أهم), no noun and no verb: four
        letters at most, alef-initial (أفعل) or alef-final (فُعلى), not both."""
        letters = normalize_text(word)  # أكبر as اكبر, كبرى as كبري
        return (
            len(letters) <= 4
            and letters.startswith("ا") != letters.endswith("ي")
            and not self._is_noun(word)
        )

    def _elative_aside(self, sent_start: int, inner: int, position: int) -> int | None:
        """The opening comma of a description between commas that holds ``inner`` and closes
        before ``position``, or None.

        "مدينة X، أكبر مدن شمال ولاية Y، … سيطر عليها"، "المحطة، وهي الأكبر في أوروبا، …
        تديرها": an aside opened by an elative (after a separate pronoun or with its article)
        describes the place before it; a place inside it is its measure, no antecedent.
        """
        opening = max(
            self.text.rfind(",", sent_start, inner), self.text.rfind("،", sent_start, inner)
        )
        if opening < 0:
            return None
        closing = [c for c in (self.text.find(m, inner, position) for m in (",", "،")) if c >= 0]
        if not closing or full_stop_in(self.text[opening : min(closing)]):
            return None  # the aside closes within its sentence; the pronoun may be in the next
        words = [self._word(*t) for t in self.analysis.words_in(opening, inner)][:2]
        pronouns = self.analysis.word_set("territory_separate_pronouns")
        if words and words[0] in pronouns:
            words = words[1:]
        if not words:
            return None
        opener = normalize_text(words[0][2:] if words[0].startswith("ال") else words[0])
        # أفعل (أكبر، أهم) or فعلى (كبرى): no particle (إذ، إذا، إنها), no conjunct (وعلى)
        elative = (
            3 <= len(opener) <= 4 and opener[-1] not in "اهةي"
            if opener.startswith("ا")
            else len(opener) == 4 and opener.endswith("ي") and opener[0] not in "وفبل"
        )
        return opening if elative and not self._is_noun(opener) else None

    def _list_start(self, spans: list[tuple[int, int]], head: int) -> int:
        """Where the noun phrase whose last item starts at ``head`` begins: back over places
        joined by و, their region nouns, counts and territory nouns (جزرها الثلاث طنب الكبرى
        وطنب الصغرى)."""
        if not self.text[head:].startswith("و"):
            return head
        index = next((i for i, t in enumerate(spans) if t[0] == head), None)
        if index is None:
            return head
        start = head
        while index > 0:
            p_start, p_end = spans[index - 1]
            if has_break(self.text, p_end, spans[index][0]):
                break
            inside = next((p for p in self.places if p[0] <= p_start < p[1]), None)
            word = self._word(p_start, p_end)
            counted = any(s <= p_start < e for s, e in self.number_ranges)
            if inside is not None:
                while index > 0 and spans[index - 1][0] >= inside[0]:
                    index -= 1
                start = spans[index][0]
            elif self._is_noun(word) or counted or word in self.quantifiers:
                index -= 1
                start = p_start
            else:
                break
        return start

    def _place_in(self, start: int, end: int) -> Entity | None:
        """The place a noun phrase names at its start (جبل الشيخ، مدينة فاروشا), or None.

        The place stands first, or right after a region noun; a country after a noun is
        its adjective (الأراضي الأذربيجانية), no name of the phrase.
        """
        words = self.analysis.words_in(start, end)[:2]
        if not words:
            return None
        place = self._place_at(words[0][0])
        if place is None and len(words) == 2 and self._is_noun(self._word(*words[0])):
            place = self._place_at(words[1][0])
            if place is not None and place[2].kind == EntityKind.COUNTRY:
                return None
        if place is None or place[1] > end:
            return None
        first = start if self.text[start : place[0]].strip("وفبلك ") else place[0]
        span = self.analysis.span(min(first, place[0]), place[1])  # وإريتريا: no و in the name
        return attrs.evolve(place[2], text=self.analysis.slice(span), span=span)

    def _noun_right_before(self, position: int) -> bool:
        """Whether a territory noun ends the phrase before ``position`` (قرى أذربيجانية تحتلها).

        The noun stands right before, or one demonym or place after it does.
        """
        before = self.analysis.words_in(max(0, position - 40), position)[-2:]
        if not before or has_break(self.text, before[-1][1], position):
            return False
        if self._is_noun(self._word(*before[-1])):
            return True
        return (
            len(before) == 2
            and self._place_at(before[-1][0]) is not None
            and self._is_noun(self._word(*before[0]))
            and not has_break(self.text, before[0][1], before[1][0])
        )

    def _listed(self, phrase: Phrase, limit: int) -> Iterator[Phrase]:
        """Named places joined to a named territory by و (القرم ودونيتسك ولوغانسك)."""
        if phrase.territory.name is None:
            return
        position = norm_range(self.analysis, phrase.territory.span)[1]
        while True:
            following = self.analysis.words_in(position, min(limit, position + 60))
            if not following or has_break(self.text, position, following[0][0]):
                return
            adjectives = 0  # قاعدة الجفرة الجوية وقاعدة …: the adjectives of the place named
            while (
                adjectives < 2
                and len(following) > adjectives + 1
                and self._nisba_adjective(following[adjectives])
                and not has_break(self.text, following[adjectives][1], following[adjectives + 1][0])
            ):
                adjectives += 1
            following = following[adjectives:]
            t_start = following[0][0]
            place = self._place_at(t_start)
            noun_start = place[0] if place is not None else t_start  # وخيرسون: no و in the name
            if place is None and len(following) > 1 and self._is_noun(self._word(*following[0])):
                place = self._place_at(following[1][0])  # ومعبر رفح: a region noun, a place
                noun_start = t_start + 1
            if not self.text.startswith("و", t_start):
                return
            if place is None:
                word = self._word(*following[0])
                stem = word.lstrip("و")
                if not stem.startswith("ال") and (
                    stem.endswith(("ها", "هم", "هما"))
                    or (stem.endswith("ه") and stem[:-1] in self.nouns)
                ):
                    return  # مدينة الحديدة وموانئها: its own ports, part of the place named
                # a described territory after a named one (جبل الشيخ والمنطقة العازلة)
                if self._is_noun(self._word(*following[0])):
                    described = self._phrase(t_start + 1, limit)
                    if described is not None and described.start == t_start + 1:
                        yield described
                return
            span = self.analysis.span(min(noun_start, place[0]), place[1])
            territory = attrs.evolve(place[2], text=self.analysis.slice(span), span=span)
            yield Phrase(territory, min(noun_start, place[0]), place[1])
            position = place[1]

    def _nisba_adjective(self, token: tuple[int, int]) -> bool:
        """A relative adjective with the article (الجوية، البحري، الشرقية), no territory
        noun and no place, or a count with the article (الخمس): it describes the noun before
        it."""
        word = self._word(*token)
        if word.startswith("ال") and any(s <= token[0] < e for s, e in self.number_ranges):
            return True  # ولايات دارفور الخمس: the count of the region named
        return (
            word.startswith("ال")
            and word.endswith(("يه", "ي"))
            and len(word) > 4
            and not self._is_noun(word)
            and self._place_at(token[0]) is None
        )

    def _back_to_state(self, position: int, limit: int) -> ClaimKind | None:
        """The kind of a territory's going back to a hold (``territory_state_hold``), or None.

        The territory stands right after the word of going back, then within six words إلى
        and a noun of holding: a state's hold (عودة حقول النفط في X إلى سيطرة الدولة، إلى
        السيادة الأوكرانية) demands it back, a withdrawal demand; a region's (عودة غرب X إلى
        إدارة الإقليم، إلى إدارة منطقة Y) demands it be counted the region's, a recognition
        demand."""
        phrase = self._phrase(position, limit)
        if phrase is None:
            return None
        first = self.analysis.words_in(position, limit)[:1]
        if not first or phrase.start > first[0][1]:
            return None  # the territory comes first, no forces before it
        end = norm_range(self.analysis, phrase.territory.span)[1]
        hold = self.analysis.word_set("territory_state_hold")
        spans = self.analysis.words_in(end, limit)[:8]
        for index in range(len(spans) - 1):
            if has_break(self.text, end, spans[index][0]):
                return None
            if self._word(*spans[index]) != "الي":
                continue
            word = self._word(*spans[index + 1])
            if word not in hold and bare(word) not in {bare(w) for w in hold}:
                return None
            owner = spans[index + 2] if index + 2 < len(spans) else None
            regional = owner is not None and self._regional(owner)
            return ClaimKind.RECOGNITION_DEMAND if regional else ClaimKind.WITHDRAWAL_DEMAND
        return None

    def _regional(self, token: tuple[int, int]) -> bool:
        """Whether a word names a region, no state: a territory noun or a place that is no
        country (المنطقة، إقليم X، منطقة بانغسامورو), where a territory is returned to."""
        place = self._place_at(token[0])
        if place is not None:
            return place[2].kind == EntityKind.PLACE and not self._capital(place[2])
        return self._is_noun(self._word(*token))

    def _ranked(self, phrase: Phrase) -> bool:
        """Whether a rank (``territory_rankings``: المركز، المرتبة، الصدارة) follows the place
        a verb of occupying was read to hold: that place is its subject, ranked."""
        end = norm_range(self.analysis, phrase.territory.span)[1]
        after = self.analysis.words_in(end, min(len(self.text), end + 30))[:1]
        return (
            bool(after)
            and not has_break(self.text, end, after[0][0])
            and bare(self._word(*after[0])) in self.analysis.word_set("territory_rankings")
        )

    def _control_line(self, start: int, word: str) -> bool:
        """Whether a noun of control at ``start`` is the second noun of a line's name (خط
        السيطرة في إقليم كشمير، خطوط السيطرة الحالية; ``territory_control_lines``): the line
        is a place where something happens, no hold of the territory after it."""
        if not word.startswith(self.verbal_noun_starts):
            return False  # تسيطر: a finite verb has a subject of its own
        before = self.analysis.words_in(max(0, start - 20), start)[-1:]
        return (
            bool(before)
            and not has_break(self.text, before[0][1], start)
            and bare(self._word(*before[0])) in self.analysis.word_set("territory_control_lines")
        )

    def _recognised_as_other(self, phrase: Phrase) -> bool:
        """Whether a country is recognised as a state of some kind other than sovereign
        (بكوريا الشمالية دولةً نووية), not as the owner of a territory."""
        place = self._place_at(phrase.start)
        if place is None or place[2].kind != EntityKind.COUNTRY:
            return False
        after = self.analysis.words_in(place[1], min(len(self.text), place[1] + 30))[:2]
        state = normalize_text("دولة")
        return (
            len(after) == 2
            and bare(self._word(*after[0])) == state
            and self._word(*after[1]) not in self.analysis.word_set("territory_state_words")
        )

    def _state_over_land(self, phrase: Phrase, limit: int) -> Phrase | None:
        """The land a state to be recognised is to hold, told after it, or None.

        "بالاعتراف بـ«الجمهورية الصحراوية» دولةً على كامل تراب الإقليم"، "بالاعتراف بها دولة
        مستقلة ذات سيادة على كامل أراضيها": the recognised state, then the indefinite noun دولة
        (or كدولة) with its words of statehood (``territory_state_words``: مستقلة، ذات سيادة)
        and على with a territory. What is to be recognised is the state's hold over that land:
        the land after على is the claim's territory, not the state's name.
        """
        state = normalize_text("دولة")
        statehood = self.analysis.word_set("territory_state_words") | {
            normalize_text("سيادة"),
            normalize_text("كاملة"),
        }
        words = self.analysis.words_in(phrase.end, min(limit, phrase.end + 120))[:7]
        if not words or self._word(*words[0]) not in (state, normalize_text("كدولة")):
            return None
        index = 1
        while index < len(words) and self._word(*words[index]) in statehood:
            index += 1
        if index + 1 >= len(words) or self._word(*words[index]) != normalize_text("على"):
            return None
        if has_break(self.text, phrase.end, words[index + 1][0]):
            return None
        return self._phrase(words[index + 1][0], limit)

    def _line_head(self, position: int, word: str) -> bool:
        """A line withdrawn to, right after إلى or ما وراء (إلى الخطوط التي …), or one held,
        right after عند or عن (سيبقى الجيش عند الخط الأصفر، لن يتراجع عن الخط الأصفر)."""
        if bare(word) not in self.analysis.word_set("territory_lines"):
            return False
        previous = self.analysis.words_in(max(0, position - 12), position)[-1:]
        return bool(previous) and self._word(*previous[0]) in ("الي", "وراء", "عند", "عن")

    def _that_is(self, position: int, limit: int) -> Phrase | None:
        """The territory after "أي" (that is) right after a territory phrase: ، أي من X."""
        spans = self._that_is_words(position, min(limit, position + 30), 2)
        return None if spans is None else self._phrase(spans[0][1], limit)

    def _that_is_words(self, position: int, end: int, count: int) -> list[tuple[int, int]] | None:
        """The first ``count`` words before ``end`` when the first is "أي" (that is) with no
        full stop before it, else None: what a restatement after a territory is read from."""
        spans = self.analysis.words_in(position, end)[:count]
        if (
            not spans
            or self._word(*spans[0]) != normalize_text("أي")
            or full_stop_in(self.text[position : spans[0][0]])
        ):
            return None
        return spans

    def _phrase(self, position: int, limit: int, skip: int = 0) -> Phrase | None:
        """The territory phrase starting at ``position``, or None when it names no territory.

        ``skip`` words may stand before the territory head (الاعتراف بالوضع الجديد في
        المناطق …); otherwise the head comes first, after a preposition or quantifier.
        """
        text = self.text
        lines = self.analysis.word_set("territory_lines")
        spans: list[tuple[int, int]] = []
        tail = 0  # where an adverb of completeness after the territory ends
        window = self.analysis.words_in(position, min(limit, position + 160))
        for index, (t_start, t_end) in enumerate(window):
            gap_start = spans[-1][1] if spans else position
            # a quote ends the phrase, but one may open it (الاعتراف بـ"الواقع القائم على …")
            opening = all(self._word(*t) in self.leading_prepositions for t in spans)
            if not opening and '"' in text[gap_start:t_start]:
                quoted = self._quoted_name(spans, gap_start, t_start, limit)
                if quoted is not None:  # بلدة "لاسعانود"، منطقة «الكرمك» الحدودية
                    return quoted
            if has_break(text, gap_start, t_start) or (
                not opening
                and '"' in text[gap_start:t_start]
                and self._word(*spans[-1]) not in self.relatives  # المناطق التي "تحتلها …"
                and self._known_as(spans) is None  # الجزء المعروف باسم "أكساي تشين"
            ):
                break
            word = text[t_start:t_end]
            if not opening and (word in self.stops or bare(word) in self.stops):
                break
            if spans and not opening and self._disjunction(window, index):
                break  # من المدينة ولا من الميناء، في القاعدة أو في المطار: the next is its own
            if spans and word[:1] == "و" and word[1:] in self.share_words and "%" not in word:
                break  # … من إقليم دونباس وما يقارب 60% من …: a further share begins
            if spans and not opening and self._other_conjunct(t_start, t_end):
                break  # من المدينة وإطلاق سراح المعتقلين، مدناً عدة وتفرض حصاراً على …
            if spans and not opening and self._clause_conjunct(window, index):
                break  # من X وبخروج الميليشيا من Y، من أراضي الإقليم والمتمردون على 25%
            if (
                spans
                and not opening
                and t_start in self._cue_starts
                and not any(self._word(*t) in self.relatives for t in spans[-3:])
                and not self._indefinite_relative(spans[-1], word)
            ):
                break  # من الأراضي الأرمنية سيطرت عليها خلال …: another claim's verb begins
            if (
                spans
                and not opening
                and self._predicate_noun(word)
                and len(word) > 3
                and not self._counted(spans[-1])
            ):
                break  # بهذه المناطق جزءاً من الأراضي الروسية: what they are to be, no territory
            if spans and not opening and self._completeness(word):
                tail = t_end  # على ساحلها كاملاً: the claim's evidence, no part of the land
                break
            if (
                spans
                and not opening
                and word == OTHER_THAN
                and self._predicate_after(spans[-1], t_end)
            ):
                break  # أراضيها ومياهها غير قابلة للتفاوض: what is said of it
            if (
                spans
                and not opening
                and not any(self._word(*t) in self.relatives for t in spans)
                and self._clause_after_definite(spans[-1], t_start, t_end)
            ):
                break  # من أراضيها تقدمت إليها القوات: a verb and its pronoun, no territory
            spans.append((t_start, t_end))
            if len(spans) == MAX_PHRASE:
                break
        named = self._known_as(spans)
        if named is not None and named < len(spans):
            # الجزء المتبقي المعروف بـ"أكساي تشين": the name is the territory
            name_end = next(
                (
                    i
                    for i in range(named + 1, len(spans))
                    if '"' in text[spans[i - 1][1] : spans[i][0]]
                ),
                len(spans),
            )
            place = self._place_at(spans[named][0])
            if place is not None:
                return Phrase(place[2], place[0], spans[name_end - 1][1])
            start, end = spans[named][0], spans[name_end - 1][1]
            return Phrase(self._descriptive(start, end), start, end)
        index = 0
        while index < len(spans) and self._word(*spans[index]) in self.leading_prepositions:
            index += 1
        if index + 1 < len(spans) and self._word(*spans[index]) == normalize_text("داخل"):
            index += 1  # من داخل المدينة، من داخل حدود المنطقة: inside it, the territory
            if index + 1 < len(spans) and self._word(*spans[index]) == normalize_text("حدود"):
                index += 1
        if (
            index + 1 < len(spans)
            and self._word(*spans[index]).endswith("ا")
            and len(self._word(*spans[index])) > 4
            and not self._is_noun(self._word(*spans[index]))
            and self._place_at(spans[index][0]) is None
            and (
                self._is_noun(self._word(*spans[index + 1]))
                or self._place_at(spans[index + 1][0]) is not None
            )
        ):
            index += 1  # ضماً فعلياً للأراضي المحتلة: an adverb in the accusative
        if (
            index + 2 < len(spans)
            and any(s <= spans[index][0] < e for s, e in self.number_ranges)
            and self._word(*spans[index + 1]) == "من"
        ):
            index += 2  # على أربع من ولايات دارفور: a count of the territories
            if index < len(spans) and self._word(*spans[index]) == normalize_text("أصل"):
                index += 1  # على 14 من أصل 17 بلدة: the count out of all of them
        if (
            index + 3 < len(spans)
            and self._word(*spans[index]) == "ما"
            and self._word(*spans[index + 1]) in self.analysis.word_set("territory_remaining_verbs")
            and self._word(*spans[index + 2]) == "من"
        ):
            index += 3  # من ما تبقى من مقاطعة X، عن ما بقي من المدينة: what remains of it
        measure = index + (  # أي شبر، كل شبر من X: any or every bit of it
            1 if index < len(spans) and self._word(*spans[index]) in ("اي", "كل") else 0
        )
        one = (  # شبر واحد من X: "one" after the measure belongs to it
            1
            if measure + 1 < len(spans) and self._word(*spans[measure + 1]) in (ONE, ONE + "ا")
            else 0
        )
        if (
            measure + one + 2 < len(spans)
            and bare(self._word(*spans[measure]))
            in self.analysis.word_set("territory_slogan_measures")
            and self._word(*spans[measure + one + 1]) == "من"
            and self._place_at(spans[measure + one + 2][0]) is not None
        ):
            index = measure + one + 2  # لن تتخلى عن أي شبر من كشمير: the place the measure
            # is of (سنمارس سيادتنا على كل شبر من X)
        leading = index
        while leading < len(spans) and (
            self._word(*spans[leading]) in self.quantifiers
            or (  # من أي مواقع قرب X: "any" of the territories, which belong to the phrase
                leading == index
                and self._word(*spans[leading]) == ANY
                and leading + 1 < len(spans)
                and self._is_noun(self._word(*spans[leading + 1]))
            )
            or self._demonstrative(self._word(*spans[leading]))  # هذه المناطق، تلك المواقع
            or self._direction(self._word(*spans[leading]))  # غرب البلاد، شمال وشرق سوريا
            or self._compound_first(spans, leading)  # شبه الجزيرة: the noun is its second word
            or (
                leading + 1 < len(spans)
                and any(s <= spans[leading][0] < e for s, e in self.number_ranges)
                and self._is_noun(self._word(*spans[leading + 1]))
            )
        ):
            leading += 1  # عدة مناطق، جميع أراضي، ثماني قرى
        if skip:  # على كامل المنطقة، في شمال وشرق البلاد: a quantifier or a direction among
            # the words skipped does not count
            counted = 0
            while True:
                more = sum(
                    1
                    for t in spans[leading : leading + skip + counted + 1]
                    if self._word(*t) in self.quantifiers or self._direction(self._word(*t))
                )
                if more == counted:
                    break
                counted = more
            skip += counted
        for head in range(index, min(len(spans), leading + skip + 1)):
            h_start, _ = spans[head]
            word = self._word(*spans[head])
            place = self._place_at(h_start)
            if (
                place is not None
                and place[2].kind == EntityKind.COUNTRY
                and head > leading
                and not self._after_preposition(spans, head)
                and not self._direction(self._word(*spans[head - 1]))  # في شمال سوريا
                and bare(self._word(*spans[head - 1])) not in self.statehood
            ):
                place = None  # إبقاء الوسيط الأميركي: a demonym of the noun before, no territory
            region = (  # غرب البلاد: the country's part a direction names
                head > 0
                and self._word(*spans[head - 1]) in self.directions
                and bare(word) == normalize_text("بلاد")
            )
            if (
                not self._is_noun(word)
                and place is None
                and not self._part_of(spans, head)
                and not region
                and not (self._line_head(h_start, word) and head + 1 < len(spans))
                and not self._region_of_country(spans, head)
            ):
                continue  # a line needs words that say which (إلى حدود عام 1991, not إلى الحدود)
            if self._adjective_dual(spans, head):
                continue  # بدور محوري في المنطقة: "pivotal", no dual of a corridor
            if head > leading and place is not None and self._word(*spans[head - 1]) == "من":
                continue  # الإبقاء على موقف قريب من القاهرة: no territory of the claim
            if (
                word == normalize_text("الأرض")
                and head > 0
                and self._word(*spans[head - 1]) == "علي"
            ):
                continue  # الاعتراف بالحقائق على الأرض: "on the ground", no land claimed
            start = h_start
            if head > 0 and self._compound_first(spans, head - 1):
                start = spans[head - 1][0]  # شبه جزيرة، شبه الجزيرة
                head -= 1
            if head > 0 and (
                self._word(*spans[head - 1]) in self.quantifiers
                or self._word(*spans[head - 1]) == ANY
                or self._direction(self._word(*spans[head - 1]))
                or self._demonstrative(self._word(*spans[head - 1]))
                or any(
                    s < spans[head - 1][1] and spans[head - 1][0] < e for s, e in self.number_ranges
                )  # بخمس تلال: the count may follow a preposition in its word
            ):
                start = spans[head - 1][0]  # جميع أراضي، ثلاث نقاط، غرب البلاد
                back = head - 1
                while (
                    back > 0
                    and self._direction(self._word(*spans[back]))
                    and (self._direction(self._word(*spans[back - 1])))
                ):
                    back -= 1  # شمال وشرق سوريا: directions joined by و, all of the territory
                    start = spans[back][0]
            start = self._without_preposition(start)
            area = None  # نحو 200 كيلومتر مربع من أراضيها: the measured area, as written
            if index and self._word(*spans[index - 1]) == "من":
                area = self._measured_area_before(spans[index - 1][0])
            end = spans[-1][1]  # the evidence may go on to ``tail``
            cut = next((p for p in self.places if p[0] < end < p[1]), None)
            if cut is None and self._word(*spans[-1]).lstrip("و") in self.directions:
                cut = self._place_at(end + 1)  # … وجنوب دارفور: the direction's place
            if cut is not None and not has_break(text, end, cut[0]):
                end = max(end, cut[1])  # … في إقليمي شمال كيفو وجنوب كيفو: not cut in two
            if place is None:
                # a region noun naming a place: مقاطعة لوغانسك، شبه جزيرة القرم، محور فيلادلفيا
                part = self._part_of(spans, head)
                for follow in range(head + 1, min(len(spans), head + (5 if part else 3))):
                    place = self._place_at(spans[follow][0])
                    if part and place is not None and place[2].kind == EntityKind.COUNTRY:
                        place = None  # الجانب الفلسطيني لمعبر رفح: the side's adjective
                        continue
                    if place is not None:
                        break
            if place is not None and not self._adjective_country(place, h_start):
                p_start, p_end, entity = place
                text_start = start if start <= p_start else p_start
                if not self.text[text_start:p_start].strip("وفبلك"):
                    text_start = p_start  # بأبخازيا: the preposition is no part of the name
                p_end = self._country_of_place(place, end)
                territory = attrs.evolve(
                    entity,
                    text=self.analysis.slice(self.analysis.span(text_start, p_end)),
                    span=self.analysis.span(text_start, p_end),
                )
                return Phrase(territory, text_start, max(end, tail))
            text_end = next(
                (
                    spans[i - 1][1]
                    for i in range(head + 1, len(spans))
                    if self._date_at(*spans[i]) and bare(self._word(*spans[i - 1])) not in lines
                ),
                end,
            )  # ضم أربع مقاطعات في سبتمبر 2022: the time is told, no part of the territory
            # (حدود عام 1967 names a line by its year)
            text_end = self._before_dangling_relative(start, text_end)
            territory = self._descriptive(start, text_end)
            if area is not None:
                span = self.analysis.span(area, text_end)
                territory = attrs.evolve(territory, text=self.analysis.slice(span), span=span)
            return Phrase(territory, start, max(end, tail))
        return None

    def _before_dangling_relative(self, start: int, end: int) -> int:
        """Where the territory's text ends when its last word is a relative pronoun the phrase
        was cut right after (الخطوط التي | كانت …، البلدات التي | تقول …): before the pronoun,
        which tells nothing without its clause. The phrase itself, and so the claim's evidence,
        keeps it: that a relative clause follows still tells how the territory is described."""
        words = self.analysis.words_in(start, end)
        while len(words) > 1 and self._word(*words[-1]) in self.relatives:
            words = words[:-1]
        return words[-1][1] if words else end

    def _measured_area_before(self, position: int) -> int | None:
        """Where a measured area starts that ends right before the من at ``position``
        (نحو 200 كيلومتر مربع من أراضيها، 460 كيلومتراً مربعاً من …): the area is what the
        claim is about, written as the territory with what it is measured of; None when no
        number and unit of area (``territory_area_units``) stand right before, in the clause."""
        before = self.analysis.words_in(max(0, position - 80), position)[-6:]
        units = self.analysis.word_set("territory_area_units")
        for size in (1, 2):
            if len(before) <= size or " ".join(self._word(*t) for t in before[-size:]) not in units:
                continue
            first = len(before) - size - 1
            if not any(s <= before[first][0] < e for s, e in self.number_ranges):
                return None
            while first > 0 and any(s <= before[first - 1][0] < e for s, e in self.number_ranges):
                first -= 1  # مئتي ألف: a number of several words
            while (
                first > 0
                and self._word(*before[first - 1]) in self.share_words
                and self._word(*before[first - 1]) not in self.prepositions
            ):
                first -= 1  # نحو، قرابة: its hedge (من، على before it: the cue's preposition)
            if has_break(self.text, before[first][0], position):
                return None
            return before[first][0]
        return None

    def _compound_first(self, spans: list[tuple[int, int]], index: int) -> bool:
        """Whether word ``index`` is the first of a territory noun of two words with the
        next (شبه جزيرة), the article on the second or not (شبه الجزيرة: the peninsula told
        before, by the definite form of the same noun)."""
        if index + 1 >= len(spans):
            return False
        second = self._word(*spans[index + 1])
        first = self._word(*spans[index])
        return any(
            f"{first} {form}" in self.nouns
            for form in (second, second.removeprefix("ال") if second.startswith("ال") else "")
            if form
        )

    def _country_of_place(self, place: tuple[int, int, Entity], end: int) -> int:
        """Where a place's name ends with the country it is told of: a country right after a
        place that is no country, with no preposition or break between and within the phrase
        (إقليم كردستان العراق، قواعد في إقليم كردستان العراق), is the genitive of its name; the
        place's end otherwise, and after a demonym (مدينة الفاشر السودانية), an adjective."""
        _, p_end, entity = place
        if entity.kind == EntityKind.COUNTRY:
            return p_end
        following = self.analysis.words_in(p_end, min(end, p_end + 40))[:1]
        if not following or has_break(self.text, p_end, following[0][0]):
            return p_end
        country = next(
            (p for p in self.places if p[0] == following[0][0] and p[1] <= end),
            None,
        )
        if country is None or country[2].kind != EntityKind.COUNTRY:
            return p_end
        written = self.text[country[0] : country[1]]
        if written.endswith("يه") or (written.startswith("ال") and written.endswith("ي")):
            return p_end  # مدينة الفاشر السودانية: an adjective of the place, no genitive
        return country[1]

    def _completeness(self, word: str) -> bool:
        """An adverb of completeness after the territory (كاملاً، تماماً، بالكامل): how much of
        it, no part of its name."""
        return word in self.completeness_words

    def _led_items(self, phrase: Phrase, limit: int) -> list[Phrase]:
        """The named items a general territory leads to after a comma (المدن والأعيان
        المدنية، وفي مقدمتها X ومدن Y; ``territory_list_leaders``): with the general words one
        territory (the reader joins them). A territory with a name, a relative clause or a
        count of its own (المدن التي سيطروا عليها، النقاط الخمس) is claimed as told: no list
        after it."""
        if phrase.territory.name is not None:
            return []
        words = self.analysis.words_in(phrase.start, phrase.end)
        if any(self._word(*t) in self.relatives for t in words) or any(
            phrase.start <= s < phrase.end for s, _ in self.number_ranges
        ):
            return []
        leader = next(
            (
                c
                for c in self.list_leaders
                if phrase.end <= c.start <= phrase.end + 3
                and "," in self.text[phrase.end : c.start]
                and not self.text[phrase.end : c.start].strip(" ,")
            ),
            None,
        )
        if leader is None:
            return []
        first = self._phrase(leader.end, limit)
        if first is None or first.territory.name is None or first.start > leader.end + 6:
            return []
        return [first, *self._listed(first, limit)]

    def _clause_after_definite(self, last: tuple[int, int], start: int, end: int) -> bool:
        """Whether the word at ``start`` is a verb opening a clause of its own after a definite
        territory: a word with no article that is no territory noun nor place, followed by a
        preposition with a pronoun within three words (أراضيها تقدمت إليها، البلدة انسحب الجيش
        منها). A definite noun takes a relative clause only after التي / الذي, so the
        territory ends before it; an indefinite one may take it with no pronoun (قرى احتلتها:
        the code before keeps it)."""
        word = self._word(start, end)
        if word.lstrip("وف").startswith("ال") or self._is_noun(word) or not self._definite(last):
            return False
        resumed = False
        for t_start, t_end in self.analysis.words_in(end, min(len(self.text), end + 40))[:3]:
            if has_break(self.text, end, t_start) or self._word(t_start, t_end) in self.relatives:
                return False
            if self._word(t_start, t_end) in self.resumptives:
                resumed = True  # تقدمت إليها، انسحب الجيش منها: its subject may come between
                break
        if not resumed or any(s <= start < e for s, e in self.number_ranges):
            return False
        # إقليم كشمير المتنازع عليه: a word of a name, no verb
        return not any(s <= start < e for s, e, _ in self._entities)

    def _predicate_after(self, last: tuple[int, int], end: int) -> bool:
        """Whether the word ending at ``end`` begins what is said of the territory before it,
        no part of it: غير and a word with no article after a definite word (أراضيها غير قابلة
        للتفاوض، المنطقة غير خاضعة لأحد; الأراضي غير المحتلة keeps its adjective)."""
        words = self.analysis.words_in(last[1], min(len(self.text), end + 30))[:2]
        if len(words) < 2 or self._word(*words[0]) != OTHER_THAN:
            return False
        following = self._word(*words[1])
        return self._definite(last) and not following.startswith("ال")

    def _region_of_country(self, spans: list[tuple[int, int]], index: int) -> bool:
        """Whether word ``index`` is a direction with the article standing for a region of
        the country (يسيطر الجيش على الشمال والشرق، يحتفظ بالوسط): a territory of its own,
        unless it is where something goes (إلى الشمال، نحو الجنوب)."""
        word = self._word(*spans[index]).lstrip("وف")
        word = word[1:] if word.startswith(("بال", "لل")) else word
        if not word.startswith("ال") or word[2:] not in self.cardinal_points:
            return False
        previous = self._word(*spans[index - 1]) if index else ""
        return previous not in self.analysis.word_set("territory_towards")

    def _direction(self, word: str) -> bool:
        """A direction, alone or joined by و to one before it (شمال، وشرق)."""
        return word in self.directions or (word[:1] == "و" and word[1:] in self.directions)

    def _quoted_name(
        self, spans: list[tuple[int, int]], gap_start: int, name_start: int, limit: int
    ) -> Phrase | None:
        """The name a region noun is followed by in quotes (بلدة "لاسعانود"، منطقة «الكرمك»
        الحدودية، ممر "طريق X"), or None.

        ``spans`` hold the region noun alone (after its prepositions), indefinite as a noun
        in the construct state is, and a quote opens right after it. The quoted words are the
        name when they close within three words and are a known place or begin with no
        preposition or proclitic (محور "إلى أجل غير مسمى"، مطار «بتكليف رسمي»: quoted words
        said of it, no name). The territory is the name as quoted, without its noun (coders
        write it with the noun and the quotes, with the noun alone, or bare); the phrase
        starts at the noun and its evidence runs to the closing quote."""
        if self.text[gap_start:name_start].strip() != '"':
            return None
        heads = [t for t in spans if self._word(*t) not in self.leading_prepositions]
        if len(heads) != 1:
            return None
        noun = self._word(*heads[0])
        if (noun not in self.nouns and bare(noun) not in self.nouns) or self._with_article(noun):
            return None
        words = self.analysis.words_in(name_start, min(limit, name_start + 80))[:4]
        name: list[tuple[int, int]] = []
        for token in words:
            if name and (
                '"' in self.text[name[-1][1] : token[0]]
                or has_break(self.text, name[-1][1], token[0])
            ):
                break
            name.append(token)
        if not name or len(name) > 3:
            return None
        name_end = name[-1][1]
        closing = self.text.find('"', name_end, min(limit, name_end + 2))
        if closing < 0:
            return None
        place = self._place_at(name_start)
        first = self._word(*name[0])
        if place is None and (first in self.prepositions or first[:1] in "بلكف"):
            return None
        if place is not None and place[0] >= name_start and place[1] <= name_end:
            territory = place[2]
        else:
            span = self.analysis.span(name_start, name_end)
            territory = Entity(self.analysis.slice(span), span, EntityKind.PLACE)
        return Phrase(territory, heads[0][0], closing + 1)

    def _known_as(self, spans: list[tuple[int, int]]) -> int | None:
        """Where the name starts after a word of naming among ``spans`` (الجزء المعروف باسم
        "…"، المنطقة المسماة …، التي يطلق عليها …): the word after the naming word and its ب
        or باسم, when a quote opens before it or a place begins there; None otherwise."""
        known = self.analysis.word_set("territory_known_as")
        for index in range(1, len(spans)):
            word = self._word(*spans[index])
            two = f"{word} {self._word(*spans[index + 1])}" if index + 1 < len(spans) else ""
            if word not in known and two not in known:
                continue
            if not any(self._is_noun(self._word(*t)) for t in spans[:index]):
                return None  # الاتفاق المعروف باسم "…": a name of no territory
            before = self._word(*spans[index - 1])
            other_names = self.analysis.word_set("territory_before_other_names")
            if before in self.prepositions or before in other_names:
                return None  # مساحة القطاع خلف ما يعرف بـ"الخط …": the name of another thing
            after = index + (2 if two in known else 1)
            if after < len(spans) and self._word(*spans[after]) in ("ب", "باسم"):
                after += 1
            if after >= len(spans):
                return after if after == len(spans) else None
            gap = self.text[spans[after - 1][1] : spans[after][0]]
            if '"' in gap or self._place_at(spans[after][0]) is not None:
                return after
            return None
        return None

    def _other_conjunct(self, start: int, end: int) -> bool:
        """Whether the word at ``start`` joins by و something that is no territory: a verb or
        a verbal noun (وتفرض حصاراً، وإطلاق سراح المعتقلين، وعودة النازحين) ends the territory.

        A territory noun, a place, a quantifier, a direction (وجنوبها), a number, a word
        with the article (والمنطقة العازلة) or a relative pronoun continue it."""
        word = self._word(start, end)
        if not word.startswith("و") or len(word) < 4:
            return False
        stem = word[1:]
        if stem.startswith("ال") or stem in self.relatives or self._is_noun(stem):
            return False
        if stem in self.quantifiers or stem in self.directions or self._demonstrative(stem):
            return False
        if any(
            stem.endswith(suffix) and stem[: -len(suffix)] in self.directions
            for suffix in ("ها", "ه", "هما", "هم")
        ):
            return False  # شرق البلاد وجنوبها
        if any(s <= start + 1 < e for s, e, _ in self._entities):
            return False  # وخيرسون، وتل أبيض
        if any(s <= start + 1 < e for s, e in self.number_ranges):
            return False
        if stem[:1] in "تين":
            return True  # a verb in the present (وتفرض، ويمنع)
        return self._derived_verbal_noun(stem)

    @staticmethod
    def _derived_verbal_noun(stem: str) -> bool:
        """A verbal noun of the derived forms (إطلاق، انسحاب، استعادة): a long ا before its
        last root letter; واسعة, an adjective, has none."""
        root_end = stem[:-1] if stem.endswith("ه") else stem
        return stem[:1] == "ا" and len(root_end) >= 4 and root_end[-2] == "ا"

    @functools.cached_property
    def _cue_spans(self) -> list[tuple[int, int]]:
        return [(c.start, c.end) for c in self.cues]

    def _clause_conjunct(self, window: list[tuple[int, int]], index: int) -> bool:
        """Whether the word ``index`` of ``window`` joins by و a clause of its own, no
        territory: a word a claim's cue begins in (من منطقة X وبخروج الميليشيا من Y، من X
        والانسحاب من Y: the next claim, with its own territory), a verb of declaring with a
        cue right after it (احتلت X عام 1967 وأعلنت ضمه عام 1981), or the subject of a verb left
        out, told by على and a share right after it (على 60% من أراضي الإقليم والمتمردون على
        قرابة 25%، وباكستان على نحو 30%: the next holder's share)."""
        t_start, t_end = window[index]
        if not self._word(t_start, t_end).startswith("و"):
            return False
        if any(
            t_start <= c_start < t_end and c_end > t_start + 2 for c_start, c_end in self._cue_spans
        ):
            return True
        after = window[index + 1 : index + 3]
        if (
            after
            and self._word(t_start, t_end)[1:] in self.analysis.word_set("territory_declaring")
            and not has_break(self.text, t_end, after[0][0])
            and any(c_start == after[0][0] for c_start, _ in self._cue_spans)
        ):
            return True  # احتلت X عام 1967 وأعلنت ضمه عام 1981: a verb of declaring, then a cue
        if len(after) < 2 or has_break(self.text, t_end, after[1][0]):
            return False
        if self._word(*after[0]) != normalize_text("على"):
            return False
        share = after[1]
        return (
            bare(self._word(*share)) in self.share_words  # نحو، ثلث، الثلث
            or self._word(*share) in self.analysis.word_set("territory_remainder")  # ما تبقى
            or any(s <= share[0] < e for s, e, _ in self.percents)
            or any(s <= share[0] < e for s, e in self.number_ranges)
        )

    def _date_at(self, start: int, end: int) -> bool:
        """Whether a date begins at the word ``start``–``end`` or right after it when it is a
        preposition of time (في سبتمبر 2022، منذ أواخر 2020، عام 2014)."""
        if start in self.date_starts:
            return True
        if self._word(start, end) not in ("في", "منذ", "خلال"):
            return False
        following = self.analysis.words_in(end, min(len(self.text), end + 4))[:1]
        return bool(following) and following[0][0] in self.date_starts

    def _part_of(self, spans: list[tuple[int, int]], index: int) -> bool:
        """Whether word ``index`` names a side or part of a territory after it.

        "الجانب الفلسطيني لمعبر رفح"، "الشطر الشرقي من المدينة": a noun of a side
        (``territory_part_heads``), an adjective or two, then ل or من and the territory.
        """
        if bare(self._word(*spans[index])) in self.analysis.word_set(
            "territory_construct_parts"
        ) and index + 1 < len(
            spans
        ):  # قمة جبل الشيخ: the top of the height named right after (قمة الرياض: a meeting)
            return self._is_noun(self._word(*spans[index + 1]))
        if bare(self._word(*spans[index])) not in self.analysis.word_set("territory_part_heads"):
            return False
        for follow in range(index + 1, min(len(spans), index + 4)):
            word = self._word(*spans[follow])
            if word == "من" and follow + 1 < len(spans):
                after = spans[follow + 1]
                return self._is_noun(self._word(*after)) or self._place_at(after[0]) is not None
            if word.startswith("ل") and len(word) > 3:
                return self._is_noun(word[1:]) or self._place_at(spans[follow][0]) is not None
        return False

    def _after_preposition(self, spans: list[tuple[int, int]], index: int) -> bool:
        """Whether a preposition stands right before word ``index`` (على القرم، بالقرم)."""
        word = self._word(*spans[index])
        previous = self._word(*spans[index - 1]) if index else ""
        return previous in self.prepositions or word.startswith(("ب", "ل"))

    def _adjective_country(self, place: tuple[int, int, Entity], head: int) -> bool:
        """Whether the place is only an adjective of a noun (الأراضي الأوكرانية): keep the phrase."""
        return place[2].kind == EntityKind.COUNTRY and place[0] > head

    def _without_preposition(self, start: int) -> int:
        """``بالأراضي`` → ``الأراضي``, ``للجزر`` → ``جزر``: a preposition fused to the head is not
        territory (after ل the article's alef is not written, so its lam goes too and the noun
        stays a part of the territory as written elsewhere with the article)."""
        text = self.text
        if text[start : start + 1] in ("ب", "ل") and text[start + 1 : start + 3] == "ال":
            return start + 1
        if text[start : start + 2] == "لل":
            return start + 2  # للجزر الثلاث: ل and the article's lam, whose alef is not written
        word = next((self._word(*t) for t in self.analysis.words_in(start, start + 30)[:1]), "")
        if word[:1] in ("ب", "ل") and (
            word[1:] in self.nouns
            or self._demonstrative(word[1:])
            or any(s == start + 1 for s, _ in self.number_ranges)
        ):
            return start + 1  # بمدينة الفاشر، بهذه المناطق، بخمس تلال: the noun, no preposition
        return start

    def _descriptive(self, start: int, end: int) -> Entity:
        span = self.analysis.span(start, end)
        entity = Entity(self.analysis.slice(span), span, EntityKind.PLACE)
        antecedent = self._named_before(start, end)
        if antecedent is not None:  # المحور after محور فيلادلفيا: that corridor, by its name
            entity = attrs.evolve(antecedent, text=entity.text, span=span)
        return entity

    def _told_before(self, territory: Entity) -> Entity | None:
        """The named place a definite territory noun with nothing after it refers back to.

        A definite noun alone or after a demonstrative (البلدة، هذه المدينة، تلك المحطة، شبه
        الجزيرة) names the last noun phrase of its paragraph, within ``ANAPHOR_WORDS`` words
        before it, with the same noun in the construct state before a named place (مدينة X،
        محطة X): that place, or None when that phrase names no place. With no such phrase it
        names the last place told before it of its kind (``Coreference.told_place``): one
        whose own name opens with the noun (المحطة → محطة زابوريجيا النووية، المزارع → مزارع
        شبعا), or for a noun of a city or a region (``territory_city_nouns``,
        ``territory_region_nouns``) the last city or region named (المدينة after لاسعانود).
        """
        start, end = norm_range(self.analysis, territory.span)
        words = self.analysis.words_in(start, end)
        if not words or len(words) > 2:
            return None
        compound = len(words) == 2 and self._compound_first(words, 0)
        if len(words) == 2 and not (self._demonstrative(self._word(*words[0])) or compound):
            return None  # هذه المدينة، شبه الجزيرة: one noun, told before
        head = self._word(*words[-1])
        noun = bare(head)
        if not self._with_article(head) or noun not in self.nouns:
            return None
        paragraph = self.text.rfind("\n", 0, start) + 1
        before = self.analysis.words_in(max(paragraph, start - 12 * ANAPHOR_WORDS), start)
        first = self._word(*words[0])
        for index in range(len(before) - 1, max(-1, len(before) - ANAPHOR_WORDS - 1), -1):
            c_start, c_end = before[index]
            word = self._word(c_start, c_end)
            if (bare(word) != noun and word.lstrip("وف") != noun) or self._with_article(word):
                continue  # بلدة X: bare() would read its ب as a preposition
            if compound:
                if index == 0 or self._word(*before[index - 1]).lstrip("وف") != first:
                    continue  # شبه جزيرة X for شبه الجزيرة, not جزيرة X
                c_start = before[index - 1][0]
            limit = sentence_range(self.analysis, c_start)[1]
            phrase = self._phrase(c_start, min(limit, start))
            if phrase is None or phrase.territory.name is None:
                return None
            t_start, t_end = norm_range(self.analysis, phrase.territory.span)
            if t_start > c_end or t_end <= c_end:
                return None  # the noun heads no named territory of its own there
            return phrase.territory
        if noun in self.analysis.word_set("territory_general_nouns"):
            return None  # المنطقة، الأرض: any area, no place by its own name
        kinds: set[str] = set()
        if noun in self.analysis.word_set("territory_city_nouns"):
            kinds.add("city")
        if noun in self.analysis.word_set("territory_region_nouns"):
            kinds.add("region")
        said = f"{first} {noun}" if compound else noun
        return self.analysis.coref.told_place(territory.span.start, said, frozenset(kinds))

    def _with_article(self, word: str) -> bool:
        """Whether a word has the article, after a conjunction or preposition (والمدينة،
        بالمحطة، للمنطقة)."""
        return word.lstrip("وف").removeprefix("ب").removeprefix("ل").startswith(("ال", "ل"))

    def _named_before(self, start: int, end: int) -> Entity | None:
        """The named place a bare definite territory noun refers back to, or None.

        "المحور" (one word, the article, a territory noun) names the last place told
        before it with that noun as its region noun (محور فيلادلفيا), if any.
        """
        words = self.analysis.words_in(start, end)
        if len(words) != 1:
            return None
        word = self._word(*words[0])
        if not word.lstrip("وف").removeprefix("ب").removeprefix("ل").startswith(("ال", "ل")):
            return None
        noun = bare(word)
        if noun not in self.nouns:
            return None
        for p_start, _, entity in reversed(self.places):
            if p_start >= start or entity.kind not in (EntityKind.PLACE, EntityKind.COUNTRY):
                continue
            own = entity.text.split()
            if (
                own
                and noun in (normalize_text(own[0]), bare(normalize_text(own[0])))
                and len(own) > 1
            ):  # ولاية كاتشين: bare would take the و of ولاية for a conjunction
                return entity
            previous = self.analysis.words_in(max(0, p_start - 20), p_start)[-1:]
            if previous and bare(self._word(*previous[0])) == noun:
                return entity
        return None

    def _coordinated(
        self, position: int, limit: int, bare: bool = True
    ) -> tuple[int, Phrase] | None:
        """A territory coordinated after ``position`` (…، بالإضافة إلى X) and where it starts.

        With ``bare`` false a lone و is no connector."""
        text = self.text
        rest = text[position:limit]
        stripped = rest.lstrip(" ,")
        offset = position + len(rest) - len(stripped)
        following = self.analysis.words_in(offset, min(limit, offset + 40))[:3]
        if following and following[0][0] == offset and self._disjunction(following, 0):
            # من المدينة ولا من الميناء، في القاعدة أو في المطار: the preposition told again
            phrase = self._phrase(following[1][0], limit)
            if phrase is not None and phrase.start <= following[1][1] + 1:
                return offset, phrase
            return None
        for connector in self.coordinators:
            if not bare and connector == "و":  # a lone و
                continue
            if stripped.startswith(connector):
                start = offset
                phrase = self._phrase(offset + len(connector), limit)
                if phrase is None:
                    continue
                between = text[offset + len(connector) : phrase.start].strip()
                if self._clause_subject(phrase, limit):
                    return None
                if phrase.start - (offset + len(connector)) <= 4 or between in self.prepositions:
                    return start, phrase  # ثم على العاصمة: the verb left out, its preposition told
        return None

    def _disjunction(self, words: list[tuple[int, int]], index: int) -> bool:
        """Whether ``words[index]`` is ولا or أو with a preposition right after it, in the same
        clause: an alternative or a further negated territory with its preposition told again
        (لن ننسحب من المدينة ولا من الميناء، لن نقبل بقوات في القاعدة أو في المطار)."""
        return (
            index + 1 < len(words)
            and self._word(*words[index]) in self.disjunctions
            and self._word(*words[index + 1]) in self.prepositions
            and not has_break(self.text, words[index][1], words[index + 1][0])
        )

    def _demonstrative_subject(self, phrase: Phrase) -> bool:
        """Whether a coordinated territory is a demonstrative, a definite noun and a word with no
        article after it (وهذه النقطة مؤجلة، وتلك المناطق خاضعة لـ …): the indefinite word
        is no adjective of the definite noun but what is said of it, the predicate of a clause
        of its own (Arabic adjectives agree in definiteness)."""
        spans = self.analysis.words_in(*norm_range(self.analysis, phrase.territory.span))
        if len(spans) < 3:
            return False
        first, noun, said = (self._word(*w) for w in spans[:3])
        return (
            self._demonstrative(first)
            and noun.startswith("ال")
            and not said.startswith(("ال", "وال"))
            and said not in self.prepositions
            and self._place_at(spans[2][0]) is None
        )

    def _clause_subject(self, phrase: Phrase, limit: int) -> bool:
        """Whether a capital or a country read as a coordinated territory opens a clause of
        its own: words follow it that are no part of a place (، وموسكو ترفض ذلك، ويريفان
        جمدت مشاركتها، والصين كانت واضحة). A capital acts for its state, and so does a
        country named as a side; with nothing after it (من غزة، ورام الله) it is a place in
        the list. A capital's words are read within its phrase, a country's to the clause's
        end: a phrase ends at the country's name. A demonstrative phrase said of (، وهذه النقطة
        مؤجلة: a definite noun, then a word with no article) is the subject of its clause too."""
        if phrase.territory.id is None:
            return self._demonstrative_subject(phrase)
        country = phrase.territory.kind == EntityKind.COUNTRY
        if not country and not self._capital(phrase.territory):
            return False
        end = norm_range(self.analysis, phrase.territory.span)[1]
        after = self.analysis.words_in(end, limit)[:1]
        if not after or has_break(self.text, end, after[0][0]):
            return False
        word = self._word(*after[0])
        if country and (
            self._place_at(after[0][0]) is not None or self._is_noun(word.removeprefix("و"))
        ):
            return False  # من العراق، وسوريا والأردن: the list goes on
        return word not in self.prepositions and word not in self.directions
