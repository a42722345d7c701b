"""The reading of one document: every cue in order, its claims, one claim per kind and territory.

:class:`Reader` gathers the cues (the lexicons of :mod:`.kinds` and the cues of :mod:`.cues`),
reads the demands first so that a cue inside another claim's evidence describes that territory,
reads each cue's claims (:meth:`Reader._claims_at`) and the constructions of
:mod:`.constructions`, and keeps one claim per kind and territory, none read in the title
(unless the first line is a dateline lead, whose claims the body does not repeat).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

import attrs

from negotext.ar.normalize import normalize_text
from negotext.extractors._common import (
    QUESTION_WHETHER,
    SEQUENCE_WORDS,
    Cue,
    bare,
    find_cues,
    has_break,
    norm_range,
    segment_label,
    sentence_range,
)
from negotext.extractors.territory.before_cue import BeforeCueReader
from negotext.extractors.territory.constructions import ConstructionReader
from negotext.extractors.territory.fields import YEAR
from negotext.extractors.territory.kinds import (
    BEFORE_LABEL,
    DEMANDED_BY,
    DEMANDS,
    HOLDING_TOLD,
    KIND_LEXICONS,
    PRESENCE_LABEL,
    STATEHOOD_LABEL,
    VERB_KINDS,
    WIDE_KINDS,
    kind_of,
)
from negotext.extractors.territory.objects import ObjectReader
from negotext.extractors.territory.phrase import MAX_SKIP, Phrase
from negotext.extractors.territory.words import (
    ANY,
    OWNER_PRONOUNS,
    REMAINDER_OF,
    SINGULAR_RELATIVES,
    SPEAKER_PRONOUNS,
    negation,
)
from negotext.records import ClaimKind, Entity, EntityKind, TerritoryClaim

if TYPE_CHECKING:
    from negotext.analysis import Analysis


def _territory_key(territory: Entity) -> str:
    return territory.id or " ".join(territory.text.split())


#: Prepositions a joined territory repeats (من X ومن Y، لا عن X ولا عن Y), normalised.
_REPEATED_PREPOSITIONS = frozenset({"من", "علي", "في", "عن"})


class Reader(ConstructionReader, BeforeCueReader, ObjectReader):
    """Reads the territory claims of one document."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self._found: list[tuple[int, int, TerritoryClaim]] = []  # claims read so far
        self.text = analysis.norm.text
        self.cues = find_cues(analysis, KIND_LEXICONS, suffixes=True)  # انسحاباً كاملاً
        self.cues += find_cues(analysis, {"territory_sovereignty_before": BEFORE_LABEL})
        self.cues += find_cues(
            analysis,
            {
                "territory_return": ClaimKind.WITHDRAWAL_DEMAND.value,
                "territory_cession": ClaimKind.WITHDRAWAL_DEMAND.value,
                "territory_withdrawal_demanded": ClaimKind.WITHDRAWAL_DEMAND.value,
                "territory_going_back": ClaimKind.WITHDRAWAL_DEMAND.value,
                "territory_retreat": ClaimKind.WITHDRAWAL_DEMAND.value,
            },
        )
        self.cues += find_cues(
            analysis, {"territory_control_construct": ClaimKind.CONTROL.value}, clitics=False
        )
        self.cues += find_cues(analysis, {"territory_presence": PRESENCE_LABEL})
        self.cues += self._land_cues()
        self.cues += self._predicate_cues()
        self.cues += self._part_of_place_cues()
        self.cues += self._statehood_cues()
        self.cues += self._subjection_cues()
        self.cues = [c for c in self.cues if not self._giving_up(c)]
        self.cues.sort(key=lambda c: c.start)

    def _recogniser_after_pronoun(self, position: int, limit: int) -> bool:
        """Whether the object of a verb of recognising at ``position`` is a pronoun with ب
        (بها، به، بهما) and a named actor or place follows it in its clause.

        The verb then stands before its subject (تعترف بها مقديشو ولايةً فيدرالية، لم يعترف
        به المجتمع الدولي): the name after the pronoun is who recognises, never the land
        recognised, which was told before. A recognition so told is a fact of who recognises
        whom, no side's demand, and yields no claim.
        """
        words = self.analysis.words_in(position, min(limit, position + 40))[:2]
        if len(words) < 2 or words[0][0] != position:
            return False
        pronoun = self._word(*words[0])
        if not (pronoun.startswith("ب") and pronoun in self.object_pronouns):
            return False
        if has_break(self.text, words[0][1], words[1][0]):
            return False
        return any(e[0] == words[1][0] for e in self.actors + self.places)

    def _right_recognised(self, position: int, limit: int) -> bool:
        """Whether the object of a recognition at ``position`` is a right (بحق، بحقوق، بحقنا:
        the words of ``territory_ceded_rights`` that name a right): الاعتراف بحق الشعب في تقرير
        مصيره، لا تعترف بحقوق شعبنا recognise a people's right, and a land named after it
        (في الجنوب) is where the right is held, not a territory claimed."""
        words = self.analysis.words_in(position, min(limit, position + 30))[:1]
        if not words or words[0][0] != position:
            return False
        word = self._word(*words[0])
        rights = {w for w in self.analysis.word_set("territory_ceded_rights") if w.startswith("حق")}
        return word.startswith("ب") and word[1:] in rights

    def _giving_up(self, cue: Cue) -> bool:
        """Whether a verb of leaving whose object is the territory itself (``territory_leaving``:
        تخلي، يخلوا) has عن within its next three words: then it is تخلّى عن, giving up (دعا إلى
        تخلي روسيا عن القرم), read by the cession words, not a leaving."""
        if cue.word not in self.leaving_verbs:
            return False
        after = self.analysis.words_in(cue.end, min(len(self.text), cue.end + 40))[:3]
        return any(self._word(*t) in ("عن", "عنها", "عنه", "عنهم", "عنهما") for t in after)

    def _venue_left(self, cue: Cue, phrase: Phrase) -> bool:
        """Whether a verb of leaving as a traveller does (``territory_departing``: غادر، خرج)
        takes a capital with no forces named between them: لن يغادر الوفد الدوحة قبل …، لن
        نغادر عمّان قبل إدراج …، نريد أن نخرج من كوالالمبور بآلية … tell where a delegation
        stays for the talks, no land withdrawn from or kept. Forces named (أن تغادر القوات
        الأجنبية طرابلس) make it a withdrawal as before."""
        return (
            cue.word in self.analysis.word_set("territory_departing")
            and self._capital(phrase.territory)
            and not self._forces_deployed(cue.end, phrase.start)
        )

    def _weighed_withdrawal(self, cue: Cue, phrase: Phrase) -> bool:
        """Whether a withdrawal noun (``territory_withdrawal_nouns``) is the subject of a
        clause after إن/أن (``territory_complementizers``, with أي between or not) and a verb
        follows its territory as the predicate: a future verb that is no copula (معتبراً أن أي
        انسحاب من دونيتسك سيمنح موسكو منصة، يرى أن الانسحاب من مدن X سيترك البلاد مكشوفة) or a
        negation (``territory_weighing_predicates``: إن أي انسحاب من X "لا يمكن أن يتم إلا عبر
        استفتاء"). The withdrawal is weighed for what it brings, no one's demand. A copula
        keeps it (أن الانسحاب من القطاع يبقى مطلباً، سيكون شرطاً)."""
        if cue.word.split()[0] not in self.analysis.word_set("territory_withdrawal_nouns"):
            return False
        before = self.analysis.words_in(max(0, cue.start - 30), cue.start)[-2:]
        if before and self._word(*before[-1]) in self.analysis.word_set("territory_any"):
            before = before[:-1]
        complementizers = self.analysis.word_set("territory_complementizers")
        if (
            not before
            or self._word(*before[-1]) not in complementizers
            or has_break(self.text, before[-1][1], cue.start)
        ):
            return False
        t_end = norm_range(self.analysis, phrase.territory.span)[1]
        joined = self._place_at(t_end)
        while joined is not None and self.text[t_end : joined[0]].strip() == "و":
            t_end = joined[1]  # مدن مثل كراماتورسك وسلوفيانسك: the places joined to it
            joined = self._place_at(t_end)
        after = self.analysis.words_in(t_end, min(len(self.text), t_end + 40))[:2]
        if not after or has_break(self.text, t_end, after[0][0]):
            return False
        word = self._word(*after[0])
        if word in self.analysis.word_set("territory_weighing_predicates"):
            return len(after) == 2 and self._word(*after[1])[:1] in ("ي", "ت")
        copulas = self.analysis.word_set("territory_copulas")
        return (
            word[:2] in ("سي", "ست")
            and word not in copulas
            and word[1:] not in copulas
            and word not in ("سيكون", "ستكون")
        )

    def _agent_before_lam(self, cue: Cue, limit: int) -> bool:
        """Whether the pronoun of a verbal noun is who acts, its object told after لـ.

        "إنهاء احتلالها لجزر الكوريل"، "ضمها لشبه جزيرة القرم": the verbal noun
        (``territory_agent_nouns``) with a pronoun, then لـ / للـ and a territory: the pronoun
        is the occupier, the territory is the object after لـ, not the pronoun's antecedent.
        """
        written = self.text[cue.start : cue.end]
        nouns = self.analysis.word_set("territory_agent_nouns")
        if not any(
            written.endswith(noun + pronoun)
            for noun in nouns
            for pronoun in ("ها", "ه", "هم", "هما")
        ):
            return False
        after = self.analysis.words_in(cue.end, min(limit, cue.end + 40))[:1]
        if not after or has_break(self.text, cue.end, after[0][0]):
            return False
        word = self._word(*after[0])
        if not word.startswith("ل") or word in self._lam_particles:
            return False
        start = after[0][0] + 1  # للمدينة: the article stays
        return self._phrase(start, limit) is not None

    def _ending_demanded(
        self, found: list[tuple[int, int, TerritoryClaim]]
    ) -> list[tuple[int, int, TerritoryClaim]]:
        """An end of a hold demanded: the other side must leave what it holds.

        "تطالب اليابان بإنهاء الاحتلال الروسي لجزر الكوريل"، "دعت إلى إنهاء احتلالها
        للجزر": a word of ending (``territory_ending``) right before a control claim's cue,
        governed by a demand, makes a withdrawal demand over the territory held, in place of
        the control: the hold is only what the demand asks to end, told inside it, as a hold
        told in a relative clause on a demanded place is (CONVENTIONS rule 18: no claim, coded
        optional at most). Told alone (سعت إلى إنهاء الاحتلال) the control stays, no demand.
        The hold may be told as what the demander calls it (بإنهاء ما تصفه بالاحتلال الإيراني
        للجزر).
        """
        endings = self.analysis.word_set("territory_ending")
        kept: list[tuple[int, int, TerritoryClaim]] = []
        for start, end, claim in found:
            before = self.analysis.words_in(max(0, start - 50), start)[-3:]
            if len(before) == 3 and self._named_as(
                [*before[1:], *self.analysis.words_in(start, end)[:1]], 0
            ):
                before = before[:1]  # بإنهاء ما تصفه بالاحتلال الإيراني للجزر: the hold named
            before = before[-1:]
            if (
                claim.kind != ClaimKind.CONTROL
                or not before
                or has_break(self.text, before[0][1], start)
                or bare(self._word(*before[0])) not in endings
                or not self._demanded(before[0][0])
            ):
                kept.append((start, end, claim))
                continue
            word_start = before[0][0]
            sent_start, _ = sentence_range(self.analysis, start)
            claimant = self._claimant_before(word_start, sent_start)
            kept.append(
                (
                    word_start,
                    end,
                    attrs.evolve(
                        claim,
                        kind=ClaimKind.WITHDRAWAL_DEMAND,
                        evidence=self.analysis.span(word_start, end),
                        claimant=self._country(claimant[2]) if claimant is not None else None,
                    ),
                )
            )
        return kept

    def claims(self) -> list[TerritoryClaim]:
        if self.sports_report:
            return []  # سيطر الفريق على منطقة الوسط: a game told, no land held
        found: list[tuple[int, int, TerritoryClaim]] = []
        ordered = sorted(
            self.cues,
            key=lambda c: (kind_of(c) not in DEMANDS, c.label != BEFORE_LABEL, c.start),
        )  # "X سيبقى جزءاً من أراضي Y" is Y's claim over X, not a retention of the part
        negated = [
            (cue.start, self._negated_scope_end(cue.end))
            for cue in self.cues
            if (self._negated(cue.start) and kind_of(cue) != ClaimKind.WITHDRAWAL_DEMAND)
            or (
                kind_of(cue) == ClaimKind.RECOGNITION_DEMAND
                and (self._any_of(cue) or self._refused(cue.start))
            )
        ]  # لن تعترف بسيادة روسيا على …، يرفض أي اعتراف بالسيادة …، ترفض الاعتراف باستقلال
        # …: nothing inside is claimed
        self._found = found
        self._slogans = set()
        for cue in ordered:
            around = [c for s, e, c in found if s <= cue.start < e]
            if (
                around
                and not (all(c.kind in HOLDING_TOLD for c in around) and self._held_inside(cue))
                and not self._relative_annexation(cue, around)
            ):
                continue  # describes the territory of another claim (التي ضمتها)
            if any(s < cue.start < e for s, e in negated):
                continue
            for claim_range, claim in self._claims_at(cue):
                found.append((*claim_range, claim))
        found = self._recognition_of_told(found)
        found = self._ending_demanded(found)
        found.extend(self._subject_to_control())
        found.extend(self._under_control())
        found.extend(self._kept_within())
        found.extend(self._gone_back_to_hold())
        found.extend(self._claim_dropped())
        found.extend(self._handed_over())
        found.extend(self._right_in())
        found.extend(self._declared_independence())
        found.extend(self._held_remainder())
        found = self._measured_shares(found)
        found = self._predicates_demanded(found)
        found = self._own_land_refusals_kept(found)
        found = self._sovereignty_kept(found)
        found = self._refused_held_elsewhere(found)
        found = self._kept_by_holder(found)
        found = self._inch_refused_by_holder(found)
        found = self._grounds_of_keeping(found)
        found = [item for item in found if not self._land_alone(item[2].territory)]
        found = [(s, e, self._refused_keeping(claim)) for s, e, claim in found]
        found.sort(key=lambda item: item[0])
        # a claim in the title told again in the body is coded where the body says it in
        # full: of one kind and territory the body's is kept
        title_end = self._title_end()
        found.sort(key=lambda item: item[0] < title_end)
        unique: dict[tuple[str, ...], TerritoryClaim] = {}
        shared = {  # territories whose shares are told: held by several sides
            self._territory_key(c.territory)
            for _, _, c in found
            if c.kind == ClaimKind.CONTROL and c.share_percent is not None
        }
        for _, _, claim in found:
            key: tuple[str, ...] = (claim.kind.value, self._territory_key(claim.territory))
            if (
                claim.kind == ClaimKind.CONTROL and claim.claimant is not None and key[1] in shared
            ):  # تدير الهند 55% من الإقليم وتسيطر باكستان على 30%: one claim per holder
                key = (*key, "shared", claim.claimant.id or claim.claimant.text)
            if claim.claimant is not None and claim.claimant.name == claim.territory.name:
                key = (*key, "itself")  # ترانسنيستريا دولة قائمة: not Moldova's claim over it
            elif claim.kind == ClaimKind.SOVEREIGNTY_CLAIM and claim.claimant is not None:
                # إيسيكيبو ملك لغيانا … سنمارس سيادتنا على إيسيكيبو: each rival's claim over
                # one disputed place is a claim of its own
                key = (*key, "by", claim.claimant.id or claim.claimant.name or "")
            unique.setdefault(key, claim)
        kept = self._one_per_place(list(unique.values()))
        if title_end:
            kept = self._body_claims(kept, title_end)
        return sorted(kept, key=lambda c: c.evidence.start)

    def _predicates_demanded(
        self, found: list[tuple[int, int, TerritoryClaim]]
    ) -> list[tuple[int, int, TerritoryClaim]]:
        """A sovereignty said of a place in a clause a side asks for, as a recognition demand.

        "X جزء من Y" told is a sovereignty claim; in a clause that a word of demanding or
        wanting opens with أن (تطالب السلطة بأن تكون غزة جزءاً من الدولة الفلسطينية، تريد أن
        يُكتب في أي اتفاق أن المقاطعات الأربع "جزء لا يتجزأ" من روسيا: :meth:`_demanded_clause`)
        it is what the side asks the others to grant: a recognition demand over the place
        (README: X demands Y be recognised as its own), its evidence from the word of
        demanding. Only a claim whose evidence opens with its territory (the predicate after
        it) is read so.
        """

        def asking(start: int, claim: TerritoryClaim) -> int | None:
            territory_start = norm_range(self.analysis, claim.territory.span)[0]
            return self._demanded_clause(start) if territory_start == start else None

        return self._sovereignty_read_as(found, ClaimKind.RECOGNITION_DEMAND, asking)

    def _sovereignty_read_as(
        self,
        found: list[tuple[int, int, TerritoryClaim]],
        kind: ClaimKind,
        opening: Callable[[int, TerritoryClaim], int | None],
    ) -> list[tuple[int, int, TerritoryClaim]]:
        """Each sovereignty claim for which ``opening`` finds a word before it (a word of
        demanding, a negated verb of giving up) read as ``kind``, its evidence from that word;
        every other claim as it was."""
        result = []
        for start, end, claim in found:
            if claim.kind == ClaimKind.SOVEREIGNTY_CLAIM:
                word = opening(start, claim)
                if word is not None:
                    claim = attrs.evolve(claim, kind=kind, evidence=self.analysis.span(word, end))
                    start = word
            result.append((start, end, claim))
        return result

    def _refused_keeping(self, claim: TerritoryClaim) -> TerritoryClaim:
        """A keeping by any arrangement that a refusal governs, as the withdrawal it demands.

        "لن نقبل بأي ترتيب يُبقي قوات أجنبية داخل الحدود"، "يرفض أي صيغة تُبقي على نقاط
        عسكرية في …": the subject of the keeping verb is any arrangement (``territory_any``
        right before its noun), and the refusal of every such arrangement demands that the
        forces leave. The claim's kind becomes a withdrawal demand; other claims are kept.
        """
        if claim.kind != ClaimKind.RETENTION_DEMAND:
            return claim
        start, end = norm_range(self.analysis, claim.evidence)
        first = self.analysis.words_in(start, end)[:1]
        keeping = self.analysis.word_set("territory_retention")
        if not first or self._word(*first[0]).lstrip("و") not in keeping:
            return claim
        before = self.analysis.words_in(max(0, start - 40), start)[-2:]
        if len(before) != 2 or has_break(self.text, before[0][0], start):
            return claim
        any_word = self._word(*before[0]).removeprefix("ب")
        if any_word not in self.analysis.word_set("territory_any"):
            return claim
        if not self._refused(before[0][0]):
            return claim
        return attrs.evolve(claim, kind=ClaimKind.WITHDRAWAL_DEMAND)

    def _own_land_refusals_kept(
        self, found: list[tuple[int, int, TerritoryClaim]]
    ) -> list[tuple[int, int, TerritoryClaim]]:
        """The refusals to cede an inch of one's whole land that are retention demands.

        "إريتريا لن تتنازل عن شبر من أراضيها"، "الجزائر لن تتنازل عن شبر من ترابها": the side
        demands to keep the land it holds, its own against a rival's words (CONVENTIONS rule
        19: retention, also for one's own undisputed land). Read by :meth:`_claims_at` and
        marked in ``_slogans``, such a refusal is kept only where nothing tells the land held
        by another: the document tells no other side (or one not named) controlling or
        annexing a place of the refuser's own country (:meth:`_own_land_held_by_another`),
        and no withdrawal demanded by the refuser's side (Lebanon asking Israel out of the
        five points, Kinshasa asking M23 out: the land is held by another, the slogan at most
        a sovereignty claim, which the blind coders code as optional or not at all). Land a
        rival holds in a third country (Amhara forces in Western Tigray, told in an article on
        Eritrea's refusal) takes nothing from the refuser's own. A refusal in the same sentence as another claim (ولن
        نتنازل عن شبر من أراضينا، وعصب جزء منها) tells the position that claim codes.
        """
        if not self._slogans:
            return found

        def side(claim: TerritoryClaim) -> str | None:
            return None if claim.claimant is None else self._side_key(claim.claimant)

        holders = {
            side(claim)
            for _, _, claim in found
            if claim.kind in (ClaimKind.CONTROL, ClaimKind.ANNEXATION)
        }
        asking_out = {
            side(claim) for _, _, claim in found if claim.kind == ClaimKind.WITHDRAWAL_DEMAND
        }
        result = []
        for start, end, claim in found:
            if start in self._slogans and claim.kind == ClaimKind.RETENTION_DEMAND:
                refuser = side(claim)
                if (
                    (refuser is None and holders)
                    or (refuser is not None and self._own_land_held_by_another(found, refuser))
                    or refuser in asking_out
                ):
                    continue  # the land is held by another, or asked back from another
                sent_start, sent_end = sentence_range(self.analysis, start)
                if any(
                    sent_start <= other < sent_end and other not in self._slogans
                    for other, _, _ in found
                ):
                    continue  # told with a claim of its sentence, which codes the position
            result.append((start, end, claim))
        return result

    def _own_land_held_by_another(
        self, found: list[tuple[int, int, TerritoryClaim]], refuser: str
    ) -> bool:
        """Whether the document tells the refuser's own land held by another side.

        A control or annexation claim by a side other than the refuser (or one not named)
        whose place, or one place it lists, lies in the refuser's country (الأراضي الأوكرانية،
        غوما، القرم: their country by the gazetteer or the adjective), and is not told held by
        the refuser itself (Asmara holding Assab that Ethiopia once annexed); or a rival,
        named as claimant or told in the claim's evidence (تسيطر القوات الإثيوبية على …),
        holding a place no country is known for (بلدة حدودية), which may be the refuser's. A rival's hold in a third country (Amhara forces in Western Tigray, told in
        an article on Eritrea's refusal) takes nothing from the refuser's land.
        """

        def side(claim: TerritoryClaim) -> str | None:
            return None if claim.claimant is None else self._side_key(claim.claimant)

        holding = [
            claim
            for _, _, claim in found
            if claim.kind in (ClaimKind.CONTROL, ClaimKind.ANNEXATION)
        ]
        kept_by_refuser = set().union(
            *(self._claim_place_keys(claim) for claim in holding if side(claim) == refuser)
        )
        for claim in holding:
            if side(claim) == refuser:
                continue
            countries = {
                self._side_key(country)
                for country in map(self._country, (claim.territory, *claim.parts))
                if country.kind == EntityKind.COUNTRY
            }
            if not countries and (
                claim.claimant is not None or self._told_of_rival(claim, refuser)
            ):
                return True  # a rival holding a place of no known country (بلدة حدودية)
            if refuser in countries and not self._claim_place_keys(claim) & kept_by_refuser:
                return True
        return False

    def _told_of_rival(self, claim: TerritoryClaim, refuser: str) -> bool:
        """Whether a claim's evidence names a country or place of a side other than the
        refuser's (القوات الإثيوبية in تسيطر القوات الإثيوبية على بلدة حدودية)."""
        start, end = norm_range(self.analysis, claim.evidence)
        return any(
            self._side_key(place) != refuser
            for place_start, _, place in self.places
            if start <= place_start < end
        )

    def _land_alone(self, territory: Entity) -> bool:
        """Whether a territory is a noun of land alone and indefinite (``territory_any_land``).

        "على أرض يحتلها جيش أجنبي" is any land held, no place in particular; "السيادة على أرض
        الواقع" is an idiom whose phrase stops before الواقع. Neither names a territory.
        """
        text = normalize_text(territory.text).strip()
        return territory.name is None and text in self.analysis.word_set("territory_any_land")

    def _told_how_little(self, cue: Cue, phrase: Phrase) -> bool:
        """Whether a measure of how little (``territory_slogan_measures``: شبر، ذرة، أي)
        stands between a cue and its territory (لن تتنازل عن شبر من أرضها)."""
        measures = self.analysis.word_set("territory_slogan_measures") | {ANY}
        told = self.analysis.words_in(cue.end, phrase.end)
        return any(bare(self._word(*t)) in measures for t in told)

    def _refused_held_elsewhere(
        self, found: list[tuple[int, int, TerritoryClaim]]
    ) -> list[tuple[int, int, TerritoryClaim]]:
        """A refusal to give up a place another side holds is a sovereignty claim.

        لن تتنازل عن …، لن نتخلى عن …، لا تنازل عن … (``territory_cession``, refused) keeps
        the place for the side that holds it: a retention demand. When the document tells
        another side's control or annexation of that very place (تحتل إسرائيل الجولان … دمشق
        لن تتنازل عن شبر من الجولان), the refusing side holds nothing there and claims it as
        its own (CONVENTIONS rule 19): a sovereignty claim. A hold told with no side named
        (تسيطر القوات النظامية على مدينة X … «لا تنازل عن X») is another's too: the refusing
        side, named where it refuses, is not told to hold it.
        """
        cession = self.analysis.word_set("territory_cession") | self.analysis.word_set(
            "territory_bargaining"
        )
        holders = self._holders(found)
        if not holders:
            return found
        result = []
        for start, end, claim in found:
            if claim.kind == ClaimKind.RETENTION_DEMAND and (
                claim.claimant is None
                or self._withdrawing(norm_range(self.analysis, claim.claimant.span)[0])
            ):  # نطالب بخروج قوات X من …، ولن نتنازل عن …: X is asked to leave, not who refuses
                claim = attrs.evolve(claim, claimant=self._headline_speaker(claim, start, found))
            if claim.kind == ClaimKind.RETENTION_DEMAND and claim.claimant is not None:
                held_by = set().union(
                    *(holders.get(place, set()) for place in self._claim_place_keys(claim))
                )
                if (
                    held_by
                    and self._side_key(claim.claimant) not in held_by
                    and self._ceded_word_at(start, cession)
                ):
                    claim = attrs.evolve(claim, kind=ClaimKind.SOVEREIGNTY_CLAIM)
            result.append((start, end, claim))
        return result

    def _holders(
        self,
        found: list[tuple[int, int, TerritoryClaim]],
        kinds: tuple[ClaimKind, ...] = (ClaimKind.CONTROL, ClaimKind.ANNEXATION),
    ) -> dict[str, set[str]]:
        """Who the document tells holds each place: for every place key of a claim of
        ``kinds``, the keys of its holders' countries ("" for a side not named)."""
        holders: dict[str, set[str]] = {}
        for _, _, claim in found:
            if claim.kind in kinds:
                # "": held, by a side the text does not name here
                holder_key = "" if claim.claimant is None else self._side_key(claim.claimant)
                for place in self._claim_place_keys(claim):
                    holders.setdefault(place, set()).add(holder_key)
        return holders

    def _kept_by_holder(
        self, found: list[tuple[int, int, TerritoryClaim]]
    ) -> list[tuple[int, int, TerritoryClaim]]:
        """A place said to be its holder's and to stay so, as a retention demand.

        "المحطة روسية وستبقى كذلك"، "الصحراء مغربية وستظل مغربية": a sovereignty predicate
        followed by a verb of remaining in the future (``territory_staying_future``) and كذلك
        or the same predicate again. Said by the side the document tells holds the place (a
        control claim of that side over it), the side demands to keep what it holds
        (CONVENTIONS rule 19: retention for the holder); said by a side that does not hold it
        (Kyiv of a plant Russia holds; Caracas of a region it declared annexed and Guyana
        administers) it stays a sovereignty claim. The evidence runs to the end of the
        remaining clause.
        """
        holders = self._holders_with_heads(found)
        if not holders:
            return found
        result = []
        for start, end, claim in found:
            if claim.kind == ClaimKind.SOVEREIGNTY_CLAIM and claim.claimant is not None:
                stay_end = self._said_to_stay(start, end)
                places = self._claim_place_keys(claim) | self._head_keys(claim.territory)
                held_by = set().union(*(holders.get(place, set()) for place in places))
                if stay_end is not None and self._side_key(claim.claimant) in held_by:
                    claim = attrs.evolve(
                        claim,
                        kind=ClaimKind.RETENTION_DEMAND,
                        evidence=self.analysis.span(start, stay_end),
                    )
                    end = stay_end
            result.append((start, end, claim))
        return result

    def _held_place_told_again(
        self, held: TerritoryClaim, found: list[tuple[int, int, TerritoryClaim]]
    ) -> set[str]:
        """The keys of the named place a control claim's unnamed territory tells again.

        "ويسيطر المغرب على نحو 80 في المئة من مساحة الإقليم"، "يسيطر فعلياً على الإقليم": a
        definite region noun (``territory_region_nouns``) first, alone or after a noun of
        area, is the region told before it (CONVENTIONS rule 3, anaphoric territory): the
        place, no city, of the nearest claim before it that names one. "ويسيطر المغرب على
        نحو 80 في المئة من أراضي الصحراء الغربية": the land of a named place (no capital) is
        that place. Only a territory with no name of its own is read so.
        """
        territory = held.territory
        if territory.id is not None or territory.name is not None:
            return set()
        start, end = norm_range(self.analysis, territory.span)
        words = self.analysis.words_in(start, end)[:2]
        regions = self.analysis.word_set("territory_region_nouns")
        region = next(
            (
                index
                for index, word in enumerate(self._word(*item) for item in words)
                if word.startswith("ال") and bare(word) in regions
            ),
            None,
        )
        if region is not None:
            if region == 1 and bare(self._word(*words[0])) not in self.nouns:
                return set()  # the noun before is no noun of area
            named = [
                (t_start, claim)
                for t_start, _, claim in found
                if t_start < start
                and claim.territory.name is not None
                and not self._city(claim.territory)
            ]
            if not named:
                return set()
            return self._claim_place_keys(max(named, key=lambda item: item[0])[1])
        return {
            key
            for p_start, p_end, place in self.places
            if start <= p_start and p_end <= end and not self._capital(place)
            for key in self._place_keys(place)
        }

    def _city(self, territory: Entity) -> bool:
        """Whether the gazetteer knows the territory's place as a city (الفاشر), no region."""
        entry_of = getattr(self.analysis.resources.gazetteer, "entry_of", None)
        entry = entry_of(territory) if callable(entry_of) else None
        return getattr(entry, "place_type", None) == "city"

    def _inch_refused_by_holder(
        self, found: list[tuple[int, int, TerritoryClaim]]
    ) -> list[tuple[int, int, TerritoryClaim]]:
        """A place its holder will not cede an inch of, told right after its claim.

        "الفشقة أرض سودانية، ولن نتنازل عن شبر منها"، "استعادت القوات السيطرة على أراضي
        الفشقة، ولن نتنازل عن شبر منها": a refusal to cede a measure of how little of "it"
        (:meth:`_inch_refused_after`) right after a claim names that claim's place. Said by
        the side the document tells holds the place (a control claim of that side over it),
        the side demands to keep what it holds (CONVENTIONS rule 19): a sovereignty claim so
        followed becomes a retention demand, its evidence to the pronoun. A control claim
        with no side named so followed (the speaker's side told holding it) adds a
        retention demand of its territory from the refusal. Said by a side that does not
        hold the place (Lebanon of the Shebaa farms Israel holds) it stays a sovereignty
        claim; a hold told as an occupation (``territory_occupying``) is another's.
        """
        holders = self._holders_with_heads(found)
        result = []
        for start, end, claim in found:
            refusal = self._inch_refused_after(end)
            if refusal is not None and claim.claimant is not None:
                places = self._claim_place_keys(claim) | self._head_keys(claim.territory)
                held_by = set().union(*(holders.get(place, set()) for place in places))
                if (
                    claim.kind == ClaimKind.SOVEREIGNTY_CLAIM
                    and self._side_key(claim.claimant) in held_by
                ):
                    claim = attrs.evolve(
                        claim,
                        kind=ClaimKind.RETENTION_DEMAND,
                        evidence=self.analysis.span(start, refusal[1]),
                    )
                    end = refusal[1]
            elif (
                refusal is not None
                and claim.kind == ClaimKind.CONTROL
                and not self._occupation(claim)
            ):
                kept = attrs.evolve(
                    claim,
                    kind=ClaimKind.RETENTION_DEMAND,
                    evidence=self.analysis.span(*refusal),
                    share_percent=None,
                    year=None,
                )
                result.append((*refusal, kept))
            result.append((start, end, claim))
        return result

    def _holders_with_heads(
        self, found: list[tuple[int, int, TerritoryClaim]]
    ) -> dict[str, set[str]]:
        """Who the document tells controls each place (:meth:`_holders`), also under the
        head noun of a place held (الجزر الثلاث held, then «الجزر إيرانية»: the same
        islands) and under the place a region noun tells again
        (:meth:`_held_place_told_again`: "من مساحة الإقليم")."""
        holders = self._holders(found, (ClaimKind.CONTROL,))
        for _, _, held in found:
            if held.kind == ClaimKind.CONTROL:
                heads = self._head_keys(held.territory, alone=False)
                heads |= self._held_place_told_again(held, found)
                for head in heads:
                    holders.setdefault(head, set()).update(
                        *(holders.get(place, set()) for place in self._claim_place_keys(held))
                    )
        return holders

    def _occupation(self, claim: TerritoryClaim) -> bool:
        """Whether a claim's evidence tells the hold as an occupation (``territory_occupying``:
        تحتل، احتلال): a hold by another, not the speaker's own."""
        start, end = norm_range(self.analysis, claim.evidence)
        occupying = self.analysis.word_set("territory_occupying")
        return any(
            bare(self._word(*w)) in occupying or self._word(*w).lstrip("و") in occupying
            for w in self.analysis.words_in(start, end)
        )

    def _inch_refused_after(self, end: int) -> tuple[int, int] | None:
        """The span of "، ولن نتنازل عن شبر منها" right after ``end``, or None.

        After only quotes, a comma and spaces: a negation (``negation``: لن، ولا), a
        separate pronoun of the speaker before it (ونحن لن), a verb of giving up with its
        preposition (``territory_cession``: نتنازل عن، نتخلى عن), a measure of how little
        (``territory_slogan_measures``: شبر، ذرة) with واحد at will, and "of it"
        (``territory_inch_of_it``: منها، منه): the place just told is what is not ceded.
        """
        words = self.analysis.words_in(end, min(len(self.text), end + 80))[:7]
        if not words or self.text[end : words[0][0]].strip(" ,،\"«»“”'"):
            return None
        at = 0
        if normalize_text(self._word(*words[0])) in self.analysis.word_set(
            "territory_speaker_pronouns"
        ):
            at = 1
        if len(words) < at + 5 or not negation(normalize_text(self._word(*words[at]))):
            return None
        start = words[0][0]
        told = words[at:]
        if any(has_break(self.text, a[1], b[0]) for a, b in itertools.pairwise(told[:5])):
            return None
        verb = normalize_text(f"{self._word(*told[1])} {self._word(*told[2])}")
        if verb not in self.analysis.word_set("territory_cession"):
            return None
        measures = self.analysis.word_set("territory_slogan_measures")
        if bare(normalize_text(self._word(*told[3]))) not in measures:
            return None
        of_it = 4
        if normalize_text(self._word(*told[4])) in self.analysis.word_set("territory_inch_counts"):
            of_it = 5
        if len(told) <= of_it or has_break(self.text, told[of_it - 1][1], told[of_it][0]):
            return None
        if normalize_text(self._word(*told[of_it])) not in self.analysis.word_set(
            "territory_inch_of_it"
        ):
            return None
        return start, told[of_it][1]

    def _head_keys(self, territory: Entity, alone: bool = True) -> set[str]:
        """The key of a territory's first word when it is a noun with the article (الجزر،
        الجزر الثلاث): a place told again by its head noun alone (CONVENTIONS rule 3,
        anaphoric territory) is the place named in full before. With ``alone`` only a
        territory of that one word has the key."""
        words = normalize_text(territory.text).split()
        if not words or (alone and len(words) != 1) or not words[0].startswith("ال"):
            return set()
        return {f"head:{words[0]}"}

    def _said_to_stay(self, start: int, end: int) -> int | None:
        """Where "و<will remain> كذلك" (or the predicate again) right after a predicate that
        ends at ``end`` ends, or None: only quotes, a comma and spaces between."""
        words = self.analysis.words_in(end, min(len(self.text), end + 40))[:2]
        told = self.analysis.words_in(start, end)[-1:]
        if len(words) < 2 or not told:
            return None
        if self.text[end : words[0][0]].strip(" ,،\"«»“”'") or has_break(
            self.text, words[0][1], words[1][0]
        ):
            return None
        verb = self._word(*words[0])
        staying = self.analysis.word_set("territory_staying_future")
        if not verb.startswith("و") or normalize_text(verb[1:]) not in staying:
            return None
        again = self._word(*words[1])  # كذلك as written: bare() takes its ك for a proclitic
        likewise = self.analysis.word_set("territory_likewise")
        if again in likewise or bare(again) == bare(self._word(*told[0])):
            return words[1][1]
        return None

    def _grounds_of_keeping(
        self, found: list[tuple[int, int, TerritoryClaim]]
    ) -> list[tuple[int, int, TerritoryClaim]]:
        """The claims without a sovereignty said as the ground of a keeping that contains it.

        "الحديدة يمنية وستبقى بأيدي أبنائها"، "هجليج أرض سودانية وستبقى تحت حماية القوات":
        the place is said to be the side's (a sovereignty predicate) and, in the same words,
        to stay in its hands (a retention demand whose evidence holds the predicate's). One
        position is told, coded once by the kind of the keeping (README: one record per event;
        CONVENTIONS rule 19: who keeps a place demands to keep it). A sovereignty claim whose
        evidence lies inside a retention demand's over the same place, by the same side or by
        none named, is dropped; one told apart from the keeping stays.
        """
        keepings = [
            (start, end, claim)
            for start, end, claim in found
            if claim.kind == ClaimKind.RETENTION_DEMAND
        ]
        if not keepings:
            return found

        def side(claim: TerritoryClaim) -> str | None:
            return None if claim.claimant is None else self._side_key(claim.claimant)

        result = []
        for start, end, claim in found:
            if claim.kind == ClaimKind.SOVEREIGNTY_CLAIM and any(
                k_start <= start
                and end <= k_end
                and self._claim_place_keys(kept) & self._claim_place_keys(claim)
                and (side(kept) is None or side(claim) is None or side(kept) == side(claim))
                for k_start, k_end, kept in keepings
            ):
                continue
            result.append((start, end, claim))
        return result

    def _headline_speaker(
        self, claim: TerritoryClaim, start: int, found: list[tuple[int, int, TerritoryClaim]]
    ) -> Entity | None:
        """Who refuses, for a refusal told in the first person in the body with no side
        named (ولن نتنازل عن شبر من الإقليم), when the headline quotes the same words with
        its speaker (حوار | حاكم الإقليم: لن نتنازل عن شبر من الإقليم): the headline's
        claimant over the same place, its evidence the same words as the body's."""
        title_end = self._title_end()
        if not title_end or start < title_end:
            return None
        written = " ".join(self.analysis.slice(claim.evidence).split())
        places = self._claim_place_keys(claim)
        for t_start, _, told in found:
            if t_start >= title_end or told.claimant is None:
                continue
            if told.kind not in (ClaimKind.RETENTION_DEMAND, ClaimKind.SOVEREIGNTY_CLAIM):
                continue
            same = " ".join(self.analysis.slice(told.evidence).split()) == written
            if same and self._claim_place_keys(told) & places:
                return told.claimant
        return None

    def _claim_place_keys(self, claim: TerritoryClaim) -> set[str]:
        """The keys of a claim's place and of each place it lists (أبخازيا وتسخينفالي)."""
        keys = self._place_keys(claim.territory)
        for part in claim.parts:
            keys |= self._place_keys(part)
        return keys

    def _sovereignty_kept(
        self, found: list[tuple[int, int, TerritoryClaim]]
    ) -> list[tuple[int, int, TerritoryClaim]]:
        """A sovereignty over a place that its side will not give up: kept.

        "سيادتها على X" is a sovereignty claim; as the object of a negated verb of giving up or
        bargaining (``territory_cession``, ``territory_bargaining``: لن تتنازل أرمينيا عن
        سيادتها على سيونيك، لن نساوم على سيادة كوسوفو على كامل أراضيها، لن نناقش السيادة على
        …), the side refuses to let the place go: a retention demand (README: X demands to
        keep Y; CONVENTIONS rule 19), its evidence from the verb. A place another side holds
        is then read back to a sovereignty claim by :meth:`_refused_held_elsewhere`. Holding
        fast to a sovereignty (تتمسك الرباط بسيادتها على …) is not read so: the gold codes it
        both ways.
        """
        return self._sovereignty_read_as(
            found,
            ClaimKind.RETENTION_DEMAND,
            lambda start, _claim: self._keeping_verb_before(start),
        )

    def _keeping_verb_before(self, start: int) -> int | None:
        """Where a verb that keeps the sovereignty at ``start`` starts, or None: a negated
        verb of giving up or bargaining, with its subject between (لن تتنازل أرمينيا عن
        سيادتها، لن نساوم على سيادة …) or discussing it (لن نناقش السيادة على …)."""
        sent_start, _ = sentence_range(self.analysis, start)
        first = self.analysis.words_in(start, start + 20)[:1]
        if not first or not bare(self._word(*first[0])).startswith(normalize_text("سياد")):
            return None
        before = self.analysis.words_in(max(sent_start, start - 60), start)[-4:]
        if not before or has_break(self.text, before[-1][1], start):
            return None
        cession = self.analysis.word_set("territory_cession")
        bargaining = self.analysis.word_set("territory_bargaining")
        preposition = self._word(*before[-1])
        for index in range(len(before) - 1, -1, -1):
            word = self._word(*before[index])
            if has_break(self.text, before[index][1], start):
                return None
            joined = {f"{word} {preposition}", f"{bare(word)} {preposition}"}
            keeping = (
                joined & (cession | bargaining)
                if index < len(before) - 1
                else {word, bare(word)} & bargaining
            )  # تتنازل عن، نساوم على، with a subject between; نناقش السيادة
            if keeping:
                negator = self._word(*before[index - 1]).lstrip("و") if index else ""
                return before[index][0] if negator in ("لن", "لا", "لم") else None
        return None

    def _capital_keeping(self, cue: Cue, limit: int) -> tuple[int, int, Entity] | None:
        """A capital right after a verb of keeping (`territory_retention`: تحتفظ، تبقي),
        before what it keeps told with ب (تحتفظ أنقرة بعشرات المواقع، تبقي موسكو على قواتها):
        the verb's subject, acting for its state, not the land kept."""
        if not self.text[cue.start : cue.end].lstrip("وف").startswith(("ت", "ي", "ن", "ا")):
            return None  # a verbal noun (الاحتفاظ) has no subject after it
        place = self._capital_at(cue.end)
        if place is None:
            return None
        after = self.analysis.words_in(place[1], min(limit, place[1] + 30))[:1]
        if not after or has_break(self.text, place[1], after[0][0]):
            return None
        word = self._word(*after[0])
        return place if word.startswith("ب") or word == "علي" else None

    def _administered_land(self, position: int, limit: int) -> bool:
        """Whether the object of a verb of administering (``territory_administering``: تدير،
        يدير), past its subject, is the land itself: a territory noun (تدير أديس أبابا الإقليم
        الجبلي) or a named place (وتدير كيدال وغاو منذ الشتاء) as its first
        word. Whoever administers a land holds it, a control claim; the affairs, a file or talks
        administered (تدير شؤون البلاد، تدير المفاوضات) name no land held."""
        first = self.analysis.words_in(position, limit)[:1]
        if not first or has_break(self.text, position, first[0][0]):
            return False
        word = self._word(*first[0])
        if self._is_noun(word):
            return True
        place = self._place_at(first[0][0])  # a capital first is who administers (تدير الدوحة
        # الوساطة), as with a verb of control
        return (
            place is not None and place[2].kind == EntityKind.PLACE and not self._capital(place[2])
        )

    def _place_keys(self, territory: Entity) -> set[str]:
        """What names one place however it is told: its key, and its canonical name (مدينة X
        and X are one place)."""
        keys = {self._territory_key(territory)}
        if territory.name is not None:
            keys.add(f"name:{territory.name}")
        return keys

    def _ceded_word_at(self, start: int, cession: frozenset[str]) -> bool:
        """Whether a word of giving up (التنازل عن، نتخلى عن, ``territory_cession``) stands
        among the first words of the evidence at ``start`` (after لن، لا), with a proclitic or
        not."""
        words = self.analysis.words_in(start, min(len(self.text), start + 60))[:4]
        for first, second in itertools.pairwise(words):
            word = self._word(*first)
            after = self._word(*second)
            if f"{word} {after}" in cession or f"{bare(word)} {after}" in cession:
                return True
        return False

    def _title_told_again(
        self, claims: list[TerritoryClaim], title_end: int
    ) -> list[TerritoryClaim]:
        """The claims without a headline's claim the body tells again.

        A headline sums up a claim of the body in fewer words: the territory shorter (الجيش يشترط
        خروج المسلحين من المدن, the body: من المدن والمرافق العامة) or the place named another way
        (لن نقبل بقاء القوات الأجنبية في X, the body: من أراضي X), and its claimant, read from the
        headline's few words, may differ from the body's. Of one kind, a headline's claim whose
        place the body names, or whose territory lies within the body's, is the body's claim.
        """

        def surface(entity: Entity) -> str:
            return " ".join(normalize_text(entity.text).split())

        body = [c for c in claims if norm_range(self.analysis, c.evidence)[0] >= title_end]
        return [
            claim
            for claim in claims
            if norm_range(self.analysis, claim.evidence)[0] >= title_end
            or not any(
                other.kind == claim.kind
                and (
                    (
                        claim.territory.name is not None
                        and other.territory.name == claim.territory.name
                    )
                    or surface(claim.territory) in surface(other.territory)
                )
                for other in body
            )
        ]

    def _body_claims(self, claims: list[TerritoryClaim], title_end: int) -> list[TerritoryClaim]:
        """The claims the body tells: none read in the title.

        A headline sums up the body in a few words (حوار | المتحدث باسم الوفد: لن نوقع قبل
        انسحاب الجيش من مدن الإقليم؛ تحليل | انسحاب المقاتلين من X يعيد ملف …): a claim in it is
        the body's told again, where the body says it in full (README: one record per event),
        or a teaser of the interview's words, no claim of its own. A body claim of one kind
        over the same place was kept before the headline's; what the headline alone seems to
        claim (its claimant read from a few words, its kind from a slogan) is dropped too. A
        first line opened by a dateline (نيقوسيا – قبرص تطالب بانسحاب …) is the story's lead,
        no headline: its claims stay, less those the body tells again (`_title_told_again`).
        """
        if self._dateline_lead(title_end):
            return self._title_told_again(claims, title_end)
        return [c for c in claims if norm_range(self.analysis, c.evidence)[0] >= title_end]

    def _dateline_lead(self, title_end: int) -> bool:
        """Whether the first line opens with a dateline: a place named in its first words, then
        a dash and the words of the story (نيقوسيا – قبرص تطالب …، كييف - أعلنت …)."""
        line_start = self.text.rfind("\n", 0, title_end) + 1
        line = self.text[line_start:title_end]
        for dash in (" – ", " - ", " — "):
            cut = line.find(dash)
            if cut > 0 and len(line[:cut].split()) <= 2 and line[cut + len(dash) :].strip():
                return self._place_at(line_start + len(line) - len(line.lstrip())) is not None
        return False

    def _one_per_place(self, claims: list[TerritoryClaim]) -> list[TerritoryClaim]:
        """One claim per kind, claimant and named place however the place is told.

        A place told by its name and again by a definite noun that refers back to it (انسحاب
        المسلحين من مدينة X … وتسليم المدينة) is one territory: two claims of one kind by one
        claimant (or both by none) over it are one claim, kept where the place is named. Claims
        over one place by different claimants (each side's sovereignty over a disputed
        island) or with different shares stay apart.
        """
        kept: dict[tuple[str, ...], int] = {}
        result: list[TerritoryClaim] = []
        for claim in claims:
            territory = claim.territory
            if territory.name is None and self._noun_told_again(claim, result):
                continue  # سيطرته على بلدة X … قواتها حررت البلدة: the town told again
            if territory.id is not None or territory.name is None:
                result.append(claim)
                continue
            claimant = claim.claimant
            key = (
                claim.kind.value,
                territory.name,
                "" if claimant is None else claimant.id or claimant.name or claimant.text,
                "" if claim.share_percent is None else str(claim.share_percent),
            )
            index = kept.get(key)
            if index is None:
                kept[key] = len(result)
                result.append(claim)
            elif self._refers_back(result[index].territory) and not self._refers_back(territory):
                result[index] = claim  # the bare noun's claim yields to the one naming the place
        return result

    def _noun_told_again(self, claim: TerritoryClaim, earlier: list[TerritoryClaim]) -> bool:
        """Whether a claim over a bare definite territory noun (البلدة، المدينة، الإقليم) is
        an earlier claim told again: of its kind, by the same side, over a territory headed by
        that noun (بلدة X، مدينة X), the one the noun refers back to."""
        if claim.claimant is None or not self._refers_back(claim.territory):
            return False
        noun = normalize_text(claim.territory.text).strip().lstrip("وف")
        side = claim.claimant.id or claim.claimant.name
        for other in earlier:
            if (
                other.kind != claim.kind
                or other.claimant is None
                or (other.claimant.id or other.claimant.name) != side
                or side is None
            ):
                continue
            words = normalize_text(other.territory.text).split()
            if len(words) > 1 and "ال" + words[0] == noun:
                return True
        return False

    def _refers_back(self, territory: Entity) -> bool:
        """Whether a territory is told by one definite territory noun (المدينة، الإقليم), not by
        the place's name."""
        words = self.analysis.words_in(*norm_range(self.analysis, territory.span))
        return len(words) == 1 and self._is_noun(self._word(*words[0]))

    def _title_end(self) -> int:
        """Where the title ends: the end of the first line of the article (past page
        boilerplate such as a breadcrumb) when it ends in no full stop and more lines follow (a
        page or a wire story opens with its headline); 0 when there is none."""
        text = self.text
        start = 0
        while start < len(text):
            end = text.find("\n", start)
            if end < 0:
                return 0  # the last line: no title above a body
            line = text[start:end].strip()
            if line and segment_label(self.analysis, self.analysis.span(start, end)) is not None:
                return 0 if line.endswith(".") or not text[end:].strip() else end
            start = end + 1
        return 0

    def _territory_key(self, territory: Entity) -> str:
        """What makes two territories one: the id, a definite counted noun's count
        (النقاط الخمس، المواقع الخمسة، التلال الخمس: the five told in the article), or the text."""
        if territory.id is None:
            start, end = norm_range(self.analysis, territory.span)
            words = self.analysis.words_in(start, end)[:2]
            if len(words) == 2 and self._word(*words[0]).lstrip("وف").startswith("ال"):
                for q_start, q_end, quantity in self._numbers:
                    if (q_start, q_end) == words[1] and not quantity.percent:
                        return f"#{quantity.value}"
        return _territory_key(territory)

    def _joined_list(
        self, phrase: Phrase, listed: list[Phrase], demand: bool = False
    ) -> Phrase | None:
        """The territory and the places listed after it as one coordinated territory, or None
        when each is a claim of its own.

        A plural or dual region noun names them all (مقاطعات دونيتسك ولوغانسك وخيرسون); a list
        that ends in a territory told by its nouns (جبل الشيخ والمنطقة العازلة، مدينة X
        والمناطق المحيطة بها) is one coordinated territory, the whole phrase as written
        (CONVENTIONS rule 2). Named places alone in a row stay one claim each."""
        if not listed:
            return None
        end = norm_range(self.analysis, listed[-1].territory.span)[1]
        start = norm_range(self.analysis, phrase.territory.span)[0]
        if not (
            self._plural_head(phrase)
            or self._described_last(listed[-1], parts=demand)
            or self._named_row(phrase, listed, start, end)
        ):
            return None
        named = [p.territory for p in (phrase, *listed) if p.territory.name is not None]
        parts = tuple(named) if len(named) == len(listed) + 1 else ()
        return Phrase(self._descriptive(start, end), start, max(end, phrase.end), parts)

    def _dual_pair(self, phrase: Phrase, limit: int) -> Phrase | None:
        """The territory a dual region noun heads with its second name joined (بلدتي X وY،
        كامل مدينتي X وY) when the gazetteer knows only the first or neither: a dual names
        two places, so the word joined by و right after the first is the second (CONVENTIONS
        rule 2: one claim, the whole phrase as written), or None."""
        if not self._dual_head(phrase):
            return None
        t_start, t_end = norm_range(self.analysis, phrase.territory.span)
        words = self.analysis.words_in(t_start, t_end)
        if len(words) != 2:
            return None  # the noun and the first name, nothing else read
        after = self.analysis.words_in(t_end, min(limit, t_end + 40))[:2]
        if not after or has_break(self.text, t_end, after[0][0]):
            return None
        second = self._word(*after[0])
        stem = second[1:]
        if (
            not second.startswith("و")
            or len(stem) < 3
            or self._is_noun(stem)
            or stem in self.relatives
            or self._derived_verbal_noun(stem)  # وإطلاق سراح الأسرى: a demand of its own
            or any(s <= after[0][0] + 1 < e for s, e in self.number_ranges)
            or any(s <= after[0][0] < e and e > after[0][0] + 2 for s, e in self._cue_spans)
        ):
            return None
        end = after[0][1]
        place = self._place_at(after[0][0] + 1)
        if place is not None:
            end = max(end, place[1])  # a name of two words the gazetteer knows
        span = self.analysis.span(t_start, end)
        territory = Entity(self.analysis.slice(span), span, EntityKind.PLACE)
        named = (phrase.territory,) if phrase.territory.name is not None else ()
        return Phrase(territory, t_start, max(end, phrase.end), named)

    def _with_led_items(self, phrase: Phrase, led: list[Phrase]) -> Phrase:
        """A general territory and the items it leads to after a comma (المدن الرئيسية في
        الإقليم، وعلى رأسها X وY) as one territory, the whole phrase as written: the places
        under one claim verb are one claim (CONVENTIONS rule 2), whether a coder writes the
        general words or the items named."""
        start = norm_range(self.analysis, phrase.territory.span)[0]
        end = norm_range(self.analysis, led[-1].territory.span)[1]
        named = tuple(p.territory for p in led if p.territory.name is not None)
        span = self.analysis.span(start, end)  # no name: a list of several places
        territory = Entity(self.analysis.slice(span), span, EntityKind.PLACE)
        return Phrase(territory, start, max(end, led[-1].end), named)

    def _joined_repeated(self, phrase: Phrase, limit: int, held: bool = False) -> Phrase | None:
        """The territory and one joined right after it with a preposition told again (من
        الحمرة ومن شيرارو، لا من كادقلي ولا من الدلنج، على قمة X وفي المنطقة Y) as one
        coordinated territory, the whole phrase as written (CONVENTIONS rule 2), or None. A
        comma, a number (its own year or share), another cue or an alternative (أو) between
        keeps them apart; so does, for a territory ``held`` (control), a word of how much of
        the second is held (على المدينة وعلى معظم الساحل: a share of its own)."""
        t_start, t_end = norm_range(self.analysis, phrase.territory.span)
        before = self.analysis.words_in(max(0, t_start - 8), t_start)[-1:]
        if not before or before[0][1] > t_start - 1:
            return None
        preposition = self._word(*before[0])
        if preposition not in _REPEATED_PREPOSITIONS:
            return None
        position = max(t_end, phrase.end)
        after = self.analysis.words_in(position, min(limit, position + 40))[:2]
        if not after or self.text[position : after[0][0]].strip():
            return None
        joiner = self._word(*after[0])
        if joiner[:1] == "و" and joiner[1:] in _REPEATED_PREPOSITIONS:
            o_start = after[0][1]  # من X ومن Y، على قمة X وفي المنطقة Y: another preposition too
        elif (
            joiner == "ولا" and len(after) == 2 and self._word(*after[1]) in _REPEATED_PREPOSITIONS
        ):
            o_start = after[1][1]  # لا من X ولا من Y (أو, an alternative, stays apart)
        else:
            return None
        joined = self._phrase(o_start, limit)
        if joined is None or joined.start > o_start + 1:
            return None
        opening = self.analysis.words_in(o_start, joined.end)[:1]
        if (
            held
            and opening
            and self._word(*opening[0]) in self.analysis.word_set("territory_part_measures")
        ):
            return None  # على المدينة وعلى معظم الساحل: a share of its own, a claim of its own
        end = norm_range(self.analysis, joined.territory.span)[1]
        if any(
            t_start <= s < end and (q.percent or YEAR.fullmatch(self.text[s:e].strip()))
            for s, e, q in self._numbers
        ):  # its own share or year (من 40% من X ومن Y عام 2014); a count that names the
            # place (من النقاط الخمس ومن الجزء الشمالي لبلدة X) is no number of the claim
            return None
        if any(
            t_start < c.start < end and not self._in_relative_clause(o_start, c.start)
            for c in self.cues
        ):
            return None
        each = [p.parts or ((p.territory,) if p.territory.name else ()) for p in (phrase, joined)]
        parts = (*each[0], *each[1]) if all(each) else ()
        return Phrase(self._descriptive(t_start, end), t_start, max(end, joined.end), parts)

    def _in_relative_clause(self, start: int, position: int) -> bool:
        """Whether ``position`` lies in a relative clause (التي/الذي) opened after ``start``
        in the same phrase: «من النقاط الخمس ومن الأراضي التي توغلت فيها»: the cue in the
        clause only says which land the joined territory is, no claim that keeps the two
        apart (CONVENTIONS rule 18)."""
        return any(
            self._word(*t) in SINGULAR_RELATIVES for t in self.analysis.words_in(start, position)
        )

    def _dated_sibling(
        self, phrase: Phrase, year: int | None, limit: int
    ) -> tuple[int, Phrase, int] | None:
        """A named territory joined by و or ثم after the year of the one before, with a year
        of its own (ضمت روسيا القرم عام 2014 ودونيتسك ولوغانسك عام 2022): a claim of its own,
        as CONVENTIONS rule 2 splits places that differ in year; where it starts, its phrase
        and its year."""
        if year is None:
            return None
        t_end = norm_range(self.analysis, phrase.territory.span)[1]
        match = YEAR.search(self.text, t_end, min(limit, t_end + 16))
        if match is None or int(match.group(1)) != year:
            return None
        position = match.end()
        after = self.analysis.words_in(position, limit)[:3]
        if not after or self.text[position : after[0][0]].strip(" ,"):
            return None
        start = after[0][0]
        if self._word(*after[0]) == "ثم" and len(after) > 1:
            after = after[1:]
            o_start = after[0][0]
        elif self.text.startswith("و", after[0][0]):
            o_start = after[0][0] + 1
        else:
            return None
        if self._word(*after[0]).lstrip("و") in _REPEATED_PREPOSITIONS:
            o_start = after[0][1]  # وعلى دونيتسك: the preposition told again
        sibling = self._phrase(o_start, limit)
        if sibling is None or sibling.start > o_start + 1 or sibling.territory.name is None:
            return None
        whole = self._joined_list(sibling, list(self._listed(sibling, limit)))
        if whole is not None:
            sibling = whole
        own = self._year_after(norm_range(self.analysis, sibling.territory.span)[1], limit)
        if own is None or own == year:
            return None
        return start, sibling, own

    def _named_row(self, phrase: Phrase, listed: list[Phrase], start: int, end: int) -> bool:
        """Whether named places in a row (غوما وبوكافو، القرم ودونيتسك ولوغانسك) are one
        coordinated territory: each is named and no number or ثم between them gives one
        its own year, share or time (CONVENTIONS rule 2)."""
        if phrase.territory.name is None or any(p.territory.name is None for p in listed):
            return False
        if any(start <= s < end for s, _ in self.number_ranges):
            return False
        return not any(self._word(*t) in SEQUENCE_WORDS for t in self.analysis.words_in(start, end))

    def _recognition_of_told(
        self, found: list[tuple[int, int, TerritoryClaim]]
    ) -> list[tuple[int, int, TerritoryClaim]]:
        """The claims, with a sovereignty claim whose recognition is then demanded by a pronoun
        or a demonstrative one recognition demand.

        "كوسوفو دولة مستقلة ذات سيادة، وعلى صربيا أن تعترف بها"، "X أرض لبنانية، والمطلوب أن
        تعترف الأمم المتحدة بذلك": what is to be recognised is what the clause before says of
        the territory, so the two are one demand to recognise it, told from the territory to
        the pronoun (``territory_recognised_told``). The recognition must be demanded (a word
        of demanding, an obligation, or a word of asking, ``territory_asking``), not refused or
        negated, and in the same sentence as the sovereignty claim.
        """
        told = self.analysis.word_set("territory_recognised_told")
        asking = self.analysis.word_set("territory_asking")
        result = list(found)
        for cue in self.cues:
            if kind_of(cue) != ClaimKind.RECOGNITION_DEMAND or self._negated(cue.start):
                continue
            if self._refused(cue.start):
                continue
            sent_start, sent_end = sentence_range(self.analysis, cue.start)
            after = self.analysis.words_in(cue.end, sent_end)[:4]
            anaphor = next(
                (
                    t
                    for t in after
                    if not has_break(self.text, cue.end, t[0]) and self._word(*t).startswith("ب")
                ),
                None,
            )
            if anaphor is None or self._word(*anaphor) not in told:
                continue
            before = self.analysis.words_in(max(sent_start, cue.start - 60), cue.start)[-4:]
            asked = any(
                self._word(*t).lstrip("و") in asking
                for t in before
                if not has_break(self.text, t[1], cue.start)
            )
            if not (asked or self._demanded(cue.start)):
                continue
            earlier = [
                (index, item)
                for index, item in enumerate(result)
                if item[2].kind == ClaimKind.SOVEREIGNTY_CLAIM
                and sent_start <= item[0]
                and item[1] <= cue.start
            ]
            if not earlier:
                continue
            index, (start, _, claim) = earlier[-1]
            evidence = (start, anaphor[1])
            result[index] = (
                *evidence,
                attrs.evolve(
                    claim,
                    kind=ClaimKind.RECOGNITION_DEMAND,
                    evidence=self.analysis.span(*evidence),
                ),
            )
        return result

    def _remainder_verb(self, cue: Cue) -> bool:
        """Whether the cue is a verb of remaining after ما (or من/عن/ب fused with it) with من
        after it: ما تبقى من إقليم X، مما بقي من المدينة، عما تبقى من … tell what remains of a
        territory (``territory_remaining_verbs``), no keeping of it (تبقي: keeps); so does
        مما تبقى منها, what remains of a territory told before."""
        if cue.word not in self.analysis.word_set("territory_remaining_verbs"):
            return False
        before = self.analysis.words_in(max(0, cue.start - 12), cue.start)[-1:]
        after = self.analysis.words_in(cue.end, min(len(self.text), cue.end + 12))[:1]
        return (
            bool(before and after)
            and self._word(*before[0]) in ("ما", "مما", "عما", "بما", "وما")
            and self._word(*after[0]) in REMAINDER_OF
            and not has_break(self.text, before[0][1], after[0][0])
        )

    def _asked(self, cue: Cue) -> bool:
        """Whether the cue stands in a question: its sentence ends in a question mark (هل ترون
        رابطاً بين الأسرى والانسحاب من النقاط الخمس؟، هناك من يقول إن واشنطن تريد البقاء في
        القاعدة؟). What is asked is not claimed; a relative clause in it tells a fact the
        question rests on (هل يقبل الأوروبيون، الذين طالبوا مرارا بأن تنسحب روسيا …، بتسوية …؟).
        """
        sent_start, sent_end = sentence_range(self.analysis, cue.start)
        ending = self.text[cue.end : sent_end + 1].rstrip(" \n»\"”'")
        if not ending.endswith(("؟", "?")):
            return False
        if any(
            self._word(*t) in QUESTION_WHETHER for t in self.analysis.words_in(cue.end, sent_end)
        ):
            return False  # تطالب الحكومة بانسحاب …، فهل تقبل الحركة؟ the question comes after
        for t_start, t_end in reversed(self.analysis.words_in(sent_start, cue.start)):
            if has_break(self.text, t_end, cue.start):
                break
            if self._word(t_start, t_end) in self.relatives:
                return False
        return True

    def _claims_at(self, cue: Cue) -> Iterator[tuple[tuple[int, int], TerritoryClaim]]:
        text = self.text
        kind = kind_of(cue)
        segment = segment_label(self.analysis, self.analysis.span(cue.start, cue.end))
        if segment is None:
            return
        written = self.text[cue.start : cue.end]
        if self._preceded_by(cue.start, QUESTION_WHETHER, 3) or self._asked(cue):
            return  # هل تنسحب تركيا من شمال العراق؟ a question asked, nothing claimed
        if self._remainder_verb(cue):
            return  # مما تبقى من مقاطعة X: what remains of it, no keeping
        if kind == ClaimKind.ANNEXATION and self._comprising(cue):
            return  # اجتماعاً رباعياً ضمّ مصر وقطر: the members of a meeting, no annexation
        if kind in (ClaimKind.CONTROL, ClaimKind.ANNEXATION) and self._supposed(cue):
            return  # إذا سيطر المتمردون على المدينة، قد تسيطر الحركة على …: supposed, no fact
        if kind == ClaimKind.CONTROL and self._control_line(cue.start, cue.word):
            return  # على طول خط السيطرة في كشمير: a line's name, nobody's hold
        if cue.label == PRESENCE_LABEL:
            yield from self._refused_presence(cue, segment)
            return
        returned = cue.word in self.returns
        if (
            returned
            and not self._demanded(cue.start)
            and not self._negated(cue.start)
            and not self._refused(cue.start)
            and not (self.text.startswith("وب", cue.start) and self._demanded_conjunct(cue))
            and not self._preceded_by(  # بلاده تريد استعادة القاعدة: wanted, demanded
                cue.start,
                self.analysis.word_set("territory_wishes") - self.wanting_particles,
                within=1,
            )
        ):
            # تطالب يريفان باستعادة جيب …: a return demanded is a withdrawal demanded;
            # a return told as a fact or agreed (موافقة أرمينيا على إعادة …) is none
            return
        if cue.word in self.analysis.word_set(
            "territory_withdrawal_demanded"
        ) | self.analysis.word_set("territory_withdrawal_direct") and not (
            self._demanded(cue.start)
            or self._negated(cue.start)
            or self._refused(cue.start)
            or self._demanded_conjunct(cue)
            or (  # المطلوب أن تخرج الميليشيا من …، قبل أن تخرج …: a leaving wished or set
                cue.word in self.analysis.word_set("territory_withdrawal_demanded")
                and self._leaving_wished(cue)
            )
        ):
            return  # خرجت القوات من المدينة: a leaving told, no demand (يجب أن تخرج القوات من …)
        if (
            kind == ClaimKind.WITHDRAWAL_DEMAND
            and self._told_present(cue)
            and not (
                self._demanded(cue.start)
                or self._negated(cue.start)
                or self._refused(cue.start)
                or self._demanded_conjunct(cue)
            )
        ):
            return  # "جيش X" ينسحب من المدينة، وينسحب الجيش تدريجياً من …: told or planned
        stay_refused = False
        retreat = cue.word in self.analysis.word_set("territory_retreat")
        if retreat and not (self._negated(cue.start) or self._refused(cue.start)):
            return  # تراجعت الأسعار، تراجع عن قراره: a falling back told, nothing kept
        going_back = cue.word in self.analysis.word_set("territory_going_back")
        if going_back and (
            self._negated(cue.start)
            or (
                not bare(cue.word).startswith(normalize_text("عودة")[:3])
                and not (self._demanded(cue.start) or self._demanded_conjunct(cue))
            )
        ):
            return  # عادت القوات إلى خطوطها: a going back told; لن تعود إلى …: none kept
        if going_back and self.text.startswith("و", cue.start):
            sent_start = sentence_range(self.analysis, cue.start)[0]
            if any(
                c.kind == ClaimKind.WITHDRAWAL_DEMAND and sent_start <= s < cue.start
                for s, _, c in self._found
            ):  # بانسحاب القوات من المنطقة العازلة، والعودة إلى خطوط 1974: where the forces
                return  # withdrawn go, the same demand, whose territory is the one left
        if not returned and (
            kind == ClaimKind.WITHDRAWAL_DEMAND
            and written.endswith(OWNER_PRONOUNS)
            and (not cue.word.endswith(OWNER_PRONOUNS) or self._owned_noun(cue.word) is not None)
            and not self._demanded(cue.start)
        ):
            return  # انسحابها من المدينة، بعد خروجنا من …: its own withdrawal, told as a fact
            # (تطالب بانسحابها من …، تطالبنا بانسحابنا من …: who is named must withdraw)
        if (
            kind == ClaimKind.WITHDRAWAL_DEMAND
            and cue.word.endswith(SPEAKER_PRONOUNS)
            and self._owned_noun(cue.word) is not None
            and not self._demanded_by_verb(cue.start)
        ):
            return  # «المطالبة بانسحابنا من … إنذار»: the speaker names a demand made of him,
            # not who makes it; a finite verb tells who does (تطالب بكين بانسحابنا من …)
        if (
            kind == ClaimKind.WITHDRAWAL_DEMAND
            and self._preceded_by(cue.start, self.analysis.word_set("territory_topics"), 2)
            and not self._refused(cue.start)  # لن تناقش موسكو إعادة المحطة: refused
        ):
            return  # اجتماع يبحث الانسحاب من …: the topic of talks, no one's demand
        if (
            kind == ClaimKind.WITHDRAWAL_DEMAND
            and self._preceded_by(cue.start, self.analysis.word_set("territory_timetables"), 2)
            and not self._demanded(cue.start)
        ):
            return  # دون التوصل إلى جدول زمني لانسحاب القوات: a timetable talked of
        if kind == ClaimKind.WITHDRAWAL_DEMAND and self._stipulated(cue.start):
            return  # «إعلان جدة» الذي نصّ على خروج القوات من …: an accord's term recounted
        if kind in (ClaimKind.WITHDRAWAL_DEMAND, ClaimKind.RECOGNITION_DEMAND) and self._an_issue(
            cue
        ):
            return  # تعثرت الجولات عند بند الانسحاب من المدن: an issue of the talks, no demand
        if kind == ClaimKind.RECOGNITION_DEMAND and self._amounted_to(cue):
            return  # يبدو وكأنه اعتراف ضمني بـ …: a step read as a recognition, no demand
        if kind == ClaimKind.WITHDRAWAL_DEMAND and (
            self._onset_before(cue.start)
            or self._own_withdrawal_announced(cue)
            or self._own_withdrawal_announced_earlier(cue)
        ):
            return  # أعلن بدء سحب مقاتليه من …، أعلن الحزب سحب مقاتليه من …: a withdrawal
            # under way or announced by the side that withdraws, told as a fact
        if (
            kind == ClaimKind.RETENTION_DEMAND
            and cue.word.startswith("باق")
            and written.startswith(("ال", "وال"))
        ):
            return  # القوات الباقية في …: a participle with the article describes the forces
        if kind in (*VERB_KINDS, ClaimKind.RECOGNITION_DEMAND) and self._any_of(
            cue
        ):  # يرفض أي اعتراف قانوني بالسيادة الروسية: none in particular
            return  # نفت أي نية لإعادة احتلال المنطقة: any occupation, none told
        if kind in VERB_KINDS and self._denied(cue):
            return  # تنفي أرمينيا احتلال أراض …، نفى المتحدث سيطرة المتمردين على …: denied
        if kind == ClaimKind.RECOGNITION_DEMAND and self._refused(cue.start):
            return  # ترفض صربيا الاعتراف باستقلال كوسوفو: refused, demanded by none here
        if kind == ClaimKind.RECOGNITION_DEMAND and self._price_of_deal(cue.start):
            return  # منفذ بحري مقابل الاعتراف باستقلال الإقليم: a term of a deal, no demand
        if self._negated(cue.start):
            if kind == ClaimKind.RECOGNITION_DEMAND:
                yield from self._refused_as_foreign(cue, segment)  # لن نعترف بالقرم روسيةً
                return
            if kind != ClaimKind.WITHDRAWAL_DEMAND:
                return
            kind = ClaimKind.RETENTION_DEMAND  # لن تنسحب من مدينة الفاشر: it keeps it
        elif (
            kind == ClaimKind.WITHDRAWAL_DEMAND
            and (self._refused(cue.start) or self._talk_refused(cue.start))
            and not self._owned_demand(cue.start)
        ):
            kind = ClaimKind.RETENTION_DEMAND  # ترفض إسرائيل الانسحاب من محور فيلادلفيا
        elif (
            kind == ClaimKind.RETENTION_DEMAND
            and any(
                noun in cue.word.split()[0] for noun in self.staying_nouns
            )  # ببقاء، البقاء، الإبقاء
            and self._refused(cue.start)
        ):  # لن نقبل ببقاء القوات الأجنبية في …، ترفض بقاء القوات في …: the stay refused,
            kind = ClaimKind.WITHDRAWAL_DEMAND  # their leaving demanded
            stay_refused = True
        if kind == ClaimKind.CONTROL and self._preceded_by(cue.start, self.holding):
            kind = ClaimKind.RETENTION_DEMAND  # تتمسك إسرائيل بالسيطرة على محور فيلادلفيا
        if kind == ClaimKind.CONTROL and self._occupier(cue):
            return  # قوات الاحتلال: the other side's name, no claim
        if kind == ClaimKind.CONTROL and self._shared_control(cue):
            return  # يتقاسم الطرفان السيطرة على …: control divided, no one side's claim
        if kind in (ClaimKind.WITHDRAWAL_DEMAND, ClaimKind.RETENTION_DEMAND):
            after_cue = (  # بانسحاب فوري منها
                self._after_adjectives(cue.end)
                if kind == ClaimKind.WITHDRAWAL_DEMAND and self._demanded(cue.start)
                else self.analysis.words_in(cue.end, min(len(self.text), cue.end + 12))[:1]
            )
            if returned and cue.word.endswith(("تها", "ته", "تهم", "عها", "عه")):
                yield from self._pronoun_object_claim(cue, kind, segment, cue.end)
                return  # طالبت باكو بإعادتها
            if cue.word.split()[-1] in self.object_pronouns:
                yield from self._pronoun_object_claim(cue, kind, segment, cue.end)
                return  # يقول الجيش إنه سيبقى فيها: the territory told before
            if (
                not returned
                and after_cue
                and not has_break(self.text, cue.end, after_cue[0][0])
                and (
                    self._word(*after_cue[0]) in self.object_pronouns
                    or (  # تطالب بالإبقاء عليها: keeping takes على, its pronoun the territory
                        kind == ClaimKind.RETENTION_DEMAND
                        and self._word(*after_cue[0]).startswith("علي")
                        and self._word(*after_cue[0]) in self.resumptives
                    )
                )
            ):  # منطقة عازلة تريد إسرائيل الاحتفاظ بها: the pronoun names the territory
                held_now = kind == ClaimKind.RETENTION_DEMAND and self._keeps_now(cue)
                yield from self._pronoun_object_claim(
                    cue, ClaimKind.CONTROL if held_now else kind, segment, after_cue[0][1]
                )  # التلال التي احتفظ بها الجيش: kept, told as a fact, held
                return
        if kind == ClaimKind.RETENTION_DEMAND and self._occupier_stays(cue):
            return  # ترى حماس في بقاء الاحتلال في رفح انتهاكاً: the other side's presence
        if kind == ClaimKind.RETENTION_DEMAND and self._stay_told(cue):
            return  # لا حل مع بقاء الجنود في الشمال: a stay told, no one's demand to keep
        if kind == ClaimKind.RETENTION_DEMAND and self._copula(cue):
            return  # سيبقى خاضعاً للسيادة …: "remains", not "keeps"
        if cue.word in self.analysis.word_set("territory_cession") or (
            kind == ClaimKind.RETENTION_DEMAND and cue.word.endswith(" عن")
        ):  # لن تتخلى عن حق شعب X في تقرير مصيره: the right given up, as with التنازل عن
            ceded = self.analysis.words_in(cue.end, min(len(self.text), cue.end + 20))[:1]
            rights = self.analysis.word_set("territory_ceded_rights")
            if ceded and bare(self._word(*ceded[0])) in rights | {bare(w) for w in rights}:
                return  # لن تتنازل عن حق السكان في تقرير مصيرهم: a right, no territory
        if kind == ClaimKind.RECOGNITION_DEMAND:
            after_cue = self.analysis.words_in(cue.end, min(len(self.text), cue.end + 24))[:2]
            if (
                len(after_cue) == 2
                and self._word(*after_cue[0]) in self.object_pronouns
                and bare(self._word(*after_cue[1])) == normalize_text("دولة")
            ):  # تطالب بريشتينا صربيا بالاعتراف بها دولة مستقلة: its own state
                yield from self._recognised_state(cue, after_cue[0], segment)
                return
            own = self._own_statehood_at(cue)
            if own is not None:  # تطالب صربيا بالاعتراف باستقلالها: the demanding side's own
                yield from self._own_statehood_recognised(cue, own, segment)
                return
        if (
            kind == ClaimKind.RECOGNITION_DEMAND
            and cue.word not in self.granting  # تعترف أرمينيا بـ: a finite verb and its subject
            and self._recogniser_after(cue.end)
            and not self._demanded(cue.start)
            and not self._preceded_by(
                cue.start,
                self.analysis.word_set("territory_wishes") - self.wanting_particles,
                within=7,
            )  # تريد إسرائيل أن يتضمن الاتفاق اعترافاً سورياً بـ …: wanted, a demand
        ):
            return  # الاعتراف الإسرائيلي بالإقليم: one country's recognition, told, no demand
        if kind == ClaimKind.RECOGNITION_DEMAND and self._granted(cue):
            yield from self._granted_claim(cue, segment)
            return
        if cue.label == BEFORE_LABEL:
            if self._part_as_object(cue):
                return  # ترفض التنازل عن أي جزء من أراضيها: a part ceded, nothing predicated
            yield from self._claim_before(cue, segment)
            return
        if cue.label == STATEHOOD_LABEL:
            place = self._place_at(cue.start)
            if place is not None:  # ترانسنيستريا دولة قائمة: the place claims itself
                itself = Phrase(place[2], place[0], place[1])
                sent_start, _ = sentence_range(self.analysis, cue.start)
                evidence = (cue.start, cue.end)
                year = self._year(evidence, sent_start)
                claim = self._record(kind, itself, None, None, year, evidence, segment)
                yield evidence, attrs.evolve(claim, claimant=place[2])
            return
        sent_start, sent_end = sentence_range(self.analysis, cue.start)
        claimant: tuple[int, int, Entity] | None = None
        share: float | None = None
        if cue.word in self.controllers:
            over = self._controlled_over(cue)
            if over is None:
                return  # تحت سيطرتها: the pronoun is who controls, the territory is not named
            cue = Cue(cue.start, over, self.text[cue.start : over], cue.label)
            # تفرض سيطرتها شبه الكاملة على …، بسطت سيطرتها الإدارية والأمنية على …
        if (
            self.text[cue.start : cue.end].endswith(
                ("ها", "عليه", "ضمه", "ضمته", "تحتله", "يحتله", "احتله", "احتلته")
            )
            and kind in VERB_KINDS
            and not self._agent_before_lam(cue, sent_end)
        ):  # ضمها، ضمه، احتلته (الجولان): the pronoun names the territory
            yield from self._relative_claim(cue, kind, segment, sent_start, sent_end)
            return
        position = cue.end
        if kind in VERB_KINDS:
            claimant = self._actor_at(position) or self._capital_subject(position, sent_end)
            if claimant is not None:
                position = claimant[1]
            position = self._past_time_and_manner(position, sent_end)  # ضمت في 2022 X
        elif kind == ClaimKind.RETENTION_DEMAND:
            claimant = self._capital_keeping(cue, sent_end)
            if claimant is not None:
                position = claimant[1]
        if kind == ClaimKind.ANNEXATION and claimant is not None:
            joined = self._joined_to(claimant, sent_end)
            if joined is not None:  # ضم قبرص إلى اليونان: Cyprus joined to Greece, by Greece
                evidence = (cue.start, joined[1])
                land = Phrase(claimant[2], claimant[0], claimant[1])
                year = self._year(evidence, sent_start)
                yield evidence, self._record(kind, land, joined, None, year, evidence, segment)
                return
        if kind == ClaimKind.SOVEREIGNTY_CLAIM and not cue.word.endswith("علي"):
            over = self._after_subject(position, sent_end)  # السيادة المغربية على الصحراء
            after_words = self.analysis.words_in(over, sent_end)[:1]
            if not after_words or self._word(*after_words[0]) != "علي":
                return  # تحت السيادة المغربية: whose sovereignty, over no territory named
            owner = [a for a in self.actors + self.places if position <= a[0] and a[1] <= over]
            if owner and (owner[0][2].kind == EntityKind.COUNTRY or self._capital(owner[0][2])):
                claimant = owner[0]  # سيادة كوسوفو على …: the one whose sovereignty it is
            position = over
        if kind == ClaimKind.CONTROL and cue.word in self.analysis.word_set("territory_regaining"):
            subject = self._place_at(position + 1)
            if (
                subject is not None
                and (subject[2].kind == EntityKind.COUNTRY or self._capital(subject[2]))
                and not has_break(text, position, subject[0])
            ):
                position = subject[1]  # استعادت كييف …: the one who regains, not the land
                if claimant is None:
                    claimant = subject
        if kind == ClaimKind.CONTROL and cue.word in self.analysis.word_set("territory_deploying"):
            for t_start, t_end in self.analysis.words_in(position, sent_end)[:8]:
                if has_break(text, position, t_start):
                    break
                if self._word(t_start, t_end) in ("في", "علي"):  # ينتشر نحو 30 ألف جندي تركي في …
                    position = t_start  # the forces, counted, stand before في (or على: تنتشر
                    break  # على أكثر من نصف مساحة القطاع، على طول الحدود)
        if kind == ClaimKind.CONTROL:
            for p_start, p_end, quantity in self.percents:
                if (
                    position <= p_start <= position + 20
                    and not has_break(text, position, p_start)
                    and not self._conjunct_between(position, p_start)
                ):
                    share, position = float(quantity.value), p_end  # يحتل نحو 20% من …
                    break
            first = self.analysis.words_in(position, sent_end)[:1]
            forces = self.forces_forms
            if (
                share is None
                and first
                and not cue.word.endswith(("علي", "عليها"))
                and bare(self._word(*first[0])) in forces
            ):  # تحتل القوات التلال الخمس: forces named by no entity, then what they hold
                past = self._skip_forces(position, sent_end, True)
                if (
                    past is not None
                    and self._word(*self.analysis.words_in(past, sent_end)[0]) != "علي"
                ):
                    position = past
            if share is None and not cue.word.endswith(("علي", "عليها")):
                subject_end = position
                position = self._after_subject(position, sent_end)  # سيطرت القوات على …
                on = self.analysis.words_in(position, sent_end)[:1]
                if cue.word in self.construct and (
                    position == subject_end or not on or self._word(*on[0]) != "علي"
                ):
                    return  # تحت سيطرة القوات: whose control, over no territory named
                # تسيطر جبهة X على نحو 20% من …، تسيطر فعلياً على ما بين 53 و58 في المئة من …:
                # the share within على and four words of hedging after it (ما بين 53 و58)
                reach = position
                for index, (t_start, t_end) in enumerate(
                    self.analysis.words_in(position, sent_end)[:5]
                ):
                    word = self._word(t_start, t_end)
                    if index and (
                        self._is_noun(word)
                        or self._place_at(t_start) is not None
                        or word.lstrip("و") in self.prepositions
                    ):
                        break  # على مدينة كركوك وعلى نحو 40% من …: the share of the next object
                    reach = t_end
                for p_start, p_end, quantity in self.percents:
                    if position <= p_start <= max(position + 8, reach):
                        share, position = float(quantity.value), p_end
                        break
            position = self._skip_since_and_area(position, sent_end)
            if share is None:
                position, share = self._share_words(position, sent_end)
            for full in self.full:
                if position <= full.start <= position + 3:
                    share, position = 100.0, full.end
        if (
            cue.word in self.analysis.word_set("territory_deploying")
            and not self._forces_deployed(cue.end, position)
            # قواته ما زالت تنتشر على أكثر من نصف مساحة القطاع: forces before over a share
            # hold it; counted troops before (سبعة آلاف جندي ينتشرون داخل …) tell a presence
            and not (share is not None and self._forces_before(cue))
        ):
            return  # ينتشر الفيروس في …: deploying counts only for forces (ينتشر الجيش في …)
        if (
            share is None
            and cue.word in self.analysis.word_set("territory_administering")
            and not self._administered_land(position, sent_end)
        ):
            return  # تدير شؤون البلاد: administering is control only with a share of land or
            # with the land itself as its object (تدير أديس أبابا الإقليم الجبلي)
        if kind in (ClaimKind.WITHDRAWAL_DEMAND, ClaimKind.RETENTION_DEMAND):
            direct = stay_refused or (
                kind == ClaimKind.RETENTION_DEMAND and cue.word not in self.withdrawal_words
            )
            subject = self._place_at(position + 1)
            if (
                cue.word in self.handing_verbs
                and subject is not None
                and (subject[2].kind == EntityKind.COUNTRY or self._capital(subject[2]))
                and not has_break(text, position, subject[0])
            ):
                position = subject[1]  # تسلّم موسكو جثث …: the one who hands or receives
            # عودة حقول النفط إلى سيطرة الدولة: the territory itself goes back to a state
            back_to = self._back_to_state(position, sent_end) if going_back else None
            to_state = back_to is not None
            if back_to is not None:
                kind = back_to  # إلى إدارة الإقليم: to be the region's, a recognition demand
            skipped = (
                self._retreated_from(position, sent_end)
                if retreat
                else position
                if to_state
                else self._skip_forces(
                    position,
                    sent_end,
                    direct
                    or cue.word in self.leaving_verbs
                    or self._owned_noun(cue.word) in self.leaving_verbs  # بمغادرتها المدينة
                    or cue.word in self.analysis.word_set("territory_withdrawal_direct")
                    or cue.word in self.returns,
                    kind == ClaimKind.WITHDRAWAL_DEMAND
                    and cue.word in self.analysis.word_set("territory_transitive_withdrawal"),
                )
            )  # ستبقي قواتها في …، رفض الانسحاب من …
            if skipped is None:
                if (
                    kind == ClaimKind.WITHDRAWAL_DEMAND
                    and cue.word in self.withdrawal_words
                    and written.endswith(("ها", "هم", "هما", "ه"))
                    and self._demanded(cue.start)
                    and not self._from_after(cue.end, sent_end)
                ):  # يتمركز جنود تركيا في الشمال. نحن نطالب بانسحابهم: from where they are
                    # the pronoun is who withdraws: the territory is where they were told to
                    # hold or be, in the clause of that verb
                    held = self._held_before(cue.start, sent_start)
                    if held is not None:
                        claimant = self._claimant_before(cue.start, sent_start)
                        evidence = (cue.start, cue.end)
                        yield (
                            evidence,
                            self._record(kind, held, claimant, None, None, evidence, segment),
                        )
                return
            if (
                going_back
                and not to_state
                and self._word(
                    *(self.analysis.words_in(max(0, skipped - 12), skipped)[-1:] or [(0, 0)])[0]
                )
                not in ("الي", "وراء")
            ):
                return  # عودة النازحين إلى قراهم، عودة اللاجئين من …: no line gone back to
            position = skipped
            after_from = self.analysis.words_in(skipped, sent_end)[
                1:2
            ]  # من نحو 200 كيلومتر مربع من …
            if after_from and self._word(*self.analysis.words_in(skipped, sent_end)[0]) == "من":
                position = max(position, self._skip_since_and_area(after_from[0][0], sent_end))
                if position == after_from[0][0]:
                    position = skipped
        if kind == ClaimKind.RETENTION_DEMAND and any(s in cue.word for s in ("حتفظ", "حتفاظ")):
            if "حتفظ" in cue.word:  # the verb only: تحتفظ X منذ شباط بـ …
                position = self._skip_since_and_area(position, sent_end)
            kept_share = self._kept_share(position, sent_end)  # the verb or its noun (الاحتفاظ)
            if kept_share is not None:  # تحتفظ القوات بنحو 53% من …: a share kept now is held,
                share, position = kept_share  # a control (turned below, with its subject); a
                # share one wants to keep (نية الاحتفاظ بأكثر من 40% من …) a retention's share
        # لن نتراجع عن حقوقنا في …: what is fallen back from comes first, or is no territory
        skip = MAX_SKIP if kind in WIDE_KINDS and not retreat else 0
        excepted = self.analysis.words_in(position, sent_end)[:1]
        if excepted and self._word(*excepted[0]) in self.analysis.word_set("territory_exceptions"):
            position = excepted[0][1]  # لا تحتل إلا مدينة …: what it holds, and no more
        if kind == ClaimKind.RECOGNITION_DEMAND:
            position = self._recognised_object(position, sent_end)
            if self._recogniser_after_pronoun(position, sent_end):
                return  # قبل أن تعترف بها مقديشو ولايةً: the name is who recognises
            if self._right_recognised(position, sent_end):
                return  # الاعتراف بحق الجنوب في تقرير مصيره: a right, no land
            position = self._sovereignty_over(position, sent_end)
            ahead = self.analysis.words_in(position, sent_end)[: skip + 1]
            if any(self._word(*t) in self.relatives for t in ahead[1:]):
                skip += 2  # بالإدارات المدنية التي أنشأتها في الإقليمين: the relative pronoun
                # and its verb stand between what is recognised and where
        pronoun_share = self._pronoun_share(position, sent_end) if kind in VERB_KINDS else None
        if pronoun_share is None and kind == ClaimKind.CONTROL and share is not None:
            pronoun_share = self._share_of_pronoun(position, sent_end)  # على نحو 80% منها
        if pronoun_share is not None:
            # الجزيرة، التي تحتل نيامي نصفها الشمالي: the relative's head; else the land told
            # before (تسيطر القوات على معظمها)
            before = self.analysis.words_in(max(sent_start, cue.start - 40), cue.start)[-3:]
            if any(self._word(*t) in self.relatives for t in before):
                yield from self._relative_claim(cue, kind, segment, sent_start, sent_end)
                return
            antecedent = self._antecedent(sent_start, cue.start)
            if antecedent is None:
                return
            share = share if pronoun_share[1] is None else pronoun_share[1]
            evidence = (cue.start, pronoun_share[0])
            if claimant is None:
                claimant = self._claimant_before(cue.start, sent_start)
            year = self._year(evidence, sent_start)
            land = Phrase(antecedent.territory, antecedent.start, pronoun_share[0])
            yield evidence, self._record(kind, land, claimant, share, year, evidence, segment)
            return
        phrase = (
            self._recognised_line(position, sent_end)
            if kind == ClaimKind.RECOGNITION_DEMAND
            else None
        )  # الاعتراف بخط دوراند حدوداً دولية: the line recognised as a border
        if phrase is None:
            phrase = self._phrase(position, sent_end, skip)
        if phrase is None and kind == ClaimKind.CONTROL and share is not None:
            phrase = self._shared_before(sent_start, cue.start, position)
            # وتدير الهند 55% من الإقليم، بينما تسيطر باكستان على نحو 30%: the same territory
        if (
            kind in (ClaimKind.RECOGNITION_DEMAND, ClaimKind.WITHDRAWAL_DEMAND)
            or (kind == ClaimKind.RETENTION_DEMAND and self._described(phrase))
        ) and (phrase is None or phrase.territory.id is None):
            # a retention of a territory told by a relative clause too (لن يتخلى عن المناطق
            # التي حررها»، في إشارة إلى بلدة X); one's own land stays (عن شبر من أراضيها)
            referred = self._referred_to(phrase.end if phrase is not None else position, sent_end)
            if referred is not None:  # "يجب أن يعترف بالواقع الجديد"، في إشارة إلى مقاطعات …
                phrase = referred
        if phrase is None:
            return
        first_word = self.analysis.words_in(phrase.start, phrase.end)[:1]
        if first_word and self._word(*first_word[0]) in self.area_pronouns:
            # تسيطر على قرابة 37% من مساحتها: the area of the territory told before
            antecedent = self._antecedent(sent_start, cue.start)
            if antecedent is not None:
                phrase = Phrase(antecedent.territory, antecedent.start, phrase.end)
        if (
            kind == ClaimKind.RETENTION_DEMAND
            and cue.word.startswith(normalize_text("أبق"))
            and cue.word in self.analysis.word_set("territory_keeping_now")
            and not self._forces_deployed(cue.end, phrase.start)
        ):
            return  # أبقت الحكومة على الحدود مغلقة: kept as it was, no forces kept there
        if (
            kind == ClaimKind.RETENTION_DEMAND
            and "حتفظ" in cue.word
            and self._kept_elsewhere(position, phrase.start)
        ):
            return  # تحتفظ القوات الجوية بطائرات حديثة في قاعدة …: what is kept is no territory
        if (
            kind == ClaimKind.RETENTION_DEMAND
            and "بق" in cue.word
            and phrase.territory.id is not None
            and self._capital(phrase.territory)
        ):
            return  # ما إذا كانت الجولة ستبقى في أبوظبي: a venue, where no side keeps forces
        if kind == ClaimKind.WITHDRAWAL_DEMAND and self._weighed_withdrawal(cue, phrase):
            return  # معتبراً أن أي انسحاب من دونيتسك سيمنح موسكو منصة: weighed, not demanded
        if kind in (
            ClaimKind.RETENTION_DEMAND,
            ClaimKind.WITHDRAWAL_DEMAND,
        ) and self._venue_left(cue, phrase):
            return  # لن يغادر الوفد الدوحة قبل حسم الخلافات: a delegation's stay, no land
        if returned:
            after = self.analysis.words_in(phrase.end, min(sent_end, phrase.end + 30))[:2]
            restoration = self.analysis.word_set("territory_restoration")
            if (
                len(after) == 2
                and self._word(*after[0]) == "الي"
                and bare(self._word(*after[1])) in restoration
            ):
                return  # إعادة المدينة القديمة إلى سابق عهدها: restored, not handed back
            if (
                kind == ClaimKind.WITHDRAWAL_DEMAND
                and len(after) == 2
                and self._word(*after[0]) == "الي"
                and not has_break(self.text, phrase.end, after[1][0])
                and self._regional(after[1])
            ):  # بإعادة أرخبيل X إلى المنطقة، إلى إقليم Y: to be counted the region's
                kind = ClaimKind.RECOGNITION_DEMAND
        if (
            (kind == ClaimKind.RETENTION_DEMAND and self._ceding(cue)) or stay_refused
        ) and self._whole_own_land(phrase):  # لن نقبل ببقاء أي جندي على أرضنا: a slogan too
            # لن نتنازل عن شبر من أرضنا: one's whole land, no territory in dispute named; a
            # named one joined after it is (لن تفرّط في شبر من أرضها ولا في ميناء X)
            kept = self._coordinated(phrase.end, sent_end, False)
            if kept is not None and kept[1].territory.name is not None:
                j_evidence = (kept[0], kept[1].end)
                if claimant is None:
                    claimant = self._claimant_before(cue.start, sent_start)
                year = self._year(j_evidence, sent_start)
                yield (
                    j_evidence,
                    self._record(kind, kept[1], claimant, None, year, j_evidence, segment),
                )
                return
            if stay_refused or not self._told_how_little(cue, phrase):
                return
            # لن تتنازل عن شبر من أراضيها: kept where nothing tells the land held by another
            # (:meth:`_own_land_refusals_kept`)
            if claimant is None:
                claimant = self._claimant_before(cue.start, sent_start)
            evidence = (cue.start, phrase.end)
            self._slogans.add(evidence[0])
            yield evidence, self._record(kind, phrase, claimant, None, None, evidence, segment)
            return
        if (
            kind == ClaimKind.RETENTION_DEMAND
            and self._ceding(cue)
            and self._country_land_whole(phrase)
        ):
            return  # لن نتخلى عن شبر من أرض اليمن: the whole land of a state, a slogan as
            # أرضنا is; no territory in dispute named
        if kind == ClaimKind.CONTROL and share is None and self._ours_unnamed(phrase):
            return  # ميليشيا تحتل مدننا: our own land, no place held named (with a share,
            # تحتل قرابة 20% من أراضينا, it is a hold measured, a claim)
        if (
            kind == ClaimKind.CONTROL
            and self._whole_own_land(phrase)
            and self._told_how_little(cue, phrase)
        ):
            return  # لن يقبل باستمرار الاحتلال لأي شبر من أرضه: a slogan, nothing held named
        if returned or cue.word in self.analysis.word_set("territory_withdrawal_direct"):
            handed = self._handed_end(phrase)
            if handed is not None:  # بتسليم المدينة بالكامل للسلطات المركزية: what is handed
                phrase = self._phrase(position, handed, skip) or phrase
        if kind == ClaimKind.RECOGNITION_DEMAND and self._recognised_as_other(phrase):
            return  # الاعتراف بكوريا الشمالية دولةً نووية: a status, no territory
        if kind == ClaimKind.RECOGNITION_DEMAND:
            # بالاعتراف بـ«الجمهورية الصحراوية» دولةً على كامل الإقليم: the land it is to hold
            phrase = self._state_over_land(phrase, sent_end) or phrase
        if kind == ClaimKind.WITHDRAWAL_DEMAND:
            # إلى خطوط الثامن من ديسمبر، أي من المنطقة العازلة: "that is" names what is left
            meant = self._that_is(phrase.end, sent_end)
            if meant is not None:
                phrase = meant
            if (
                not returned
                and not self._demanded(cue.start)
                and not self._refused(cue.start)
                and self._past_year_after(
                    norm_range(self.analysis, phrase.territory.span)[1], sent_end
                )
            ):
                return  # بعد انسحاب قوات حفظ السلام من الإقليم عام 2019: an event told, no demand
        if kind in VERB_KINDS and any(
            kind_of(other) in VERB_KINDS and cue.end <= other.start < phrase.start
            for other in self.cues
        ):
            return  # استعاد الجيش السيطرة على …: the noun of control after the verb reads it
        if kind in VERB_KINDS and self._resumptive(cue, phrase):
            # إقليم جوبا، الذي تسيطر على معظم مناطقه: the pronoun names the relative's head
            yield from self._relative_claim(cue, kind, segment, sent_start, sent_end)
            return
        if claimant is None and cue.word in self.analysis.word_set("territory_deploying"):
            # تنتشر القوات التركية في …، ينتشر نحو 30 ألف جندي تركي في …: whose forces
            claimant = next(
                (a for a in self.actors if cue.end <= a[0] and a[1] <= phrase.start), None
            )
        if claimant is None and kind in DEMANDED_BY:
            claimant = self._demander(cue.start, sent_start)
        if claimant is None:
            claimant = self._claimant_before(cue.start, sent_start)
        if cue.word in self.analysis.word_set(
            "territory_deployed_predicate"
        ) and not self._forces_before(cue):
            return  # الأسلحة منتشرة في …، القوات المنتشرة في …: no forces that hold a place
        if (
            kind == ClaimKind.CONTROL
            and any(stem in cue.word for stem in ("نشر", "نتشر"))
            and (
                # forces of nobody's side, whoever stands earlier in the sentence (وبموجب
                # خطة أعدتها واشنطن، قوة دولية تنتشر في …: the author of the plan holds nothing)
                self._neutral_forces(cue, phrase, sent_start)
                or (claimant is None and share is None)
                or (
                    claimant is not None
                    and claimant[2].kind == EntityKind.ORGANIZATION
                    and self._country(claimant[2]).kind != EntityKind.COUNTRY
                )  # الجيش الإسرائيلي ينتشر في …: a state's army holds for its state
            )
        ):
            return  # قوات حفظ السلام التي تنتشر في …: deployed by no side, no one's hold
        if kind == ClaimKind.CONTROL and self._ranked(phrase):
            return  # يحتل أربيل المركز الخامس: a team ranked, no territory held
        if (
            kind == ClaimKind.WITHDRAWAL_DEMAND
            and self._dismissed(norm_range(self.analysis, phrase.territory.span)[0], sent_end)
            and not self._owned_demand(cue.start)
        ):
            kind = ClaimKind.RETENTION_DEMAND  # الانسحاب من المدينة غير مطروح: refused
        if kind == ClaimKind.CONTROL and share is None:
            share = self._share_inside(cue.start, phrase.start)  # سيطرتها الكاملة على
        if kind == ClaimKind.RETENTION_DEMAND and self._keeps_now(cue):
            kind = ClaimKind.CONTROL  # يحتفظ الجيش بسيطرته على الخرطوم: it holds it now
            subject = self._actor_at(cue.end)
            if subject is not None and subject[1] <= phrase.start:
                claimant = subject  # أبقت تركيا قواتها في …: the subject after the verb
        evidence = (cue.start, phrase.end)
        year = self._year(evidence, sent_start) or self._year_after(phrase.end, sent_end)
        listed_all = list(self._listed(phrase, sent_end))  # القرم ودونيتسك ولوغانسك
        if not listed_all:
            paired = self._dual_pair(phrase, sent_end)
            if paired is not None:  # بلدتي X وY: the dual names both, Y unknown too
                phrase = paired
                evidence = (cue.start, phrase.end)
        whole = self._joined_list(phrase, listed_all, kind in DEMANDS)
        if whole is not None:
            phrase, listed_all = whole, []
            evidence = (cue.start, phrase.end)
        if not listed_all and share is None and (kind in DEMANDS or kind == ClaimKind.CONTROL):
            measured = kind == ClaimKind.CONTROL
            repeated = self._joined_repeated(phrase, sent_end, measured)
            while repeated is not None:  # من X ومن Y، لا من X ولا من Y: one claim
                phrase = repeated
                evidence = (cue.start, phrase.end)
                repeated = self._joined_repeated(phrase, sent_end, measured)
        led = self._led_items(phrase, sent_end)
        if led:  # من المدن والأعيان المدنية، وفي مقدمتها X ومدن Y: one claim, as written
            phrase = self._with_led_items(phrase, led)
            evidence = (cue.start, phrase.end)
        restated = self._share_restated(phrase.end, sent_end) if kind == ClaimKind.CONTROL else None
        if (
            restated is not None
            and share is None
            and restated[2].territory.name is not None
            and restated[2].territory.name == phrase.territory.name
        ):  # على 14 من أصل 17 بلدة في راخين، أي نحو 80% من مساحة الولاية: one claim, its share
            share, evidence = restated[1], (cue.start, restated[2].end)
            restated = None
        sibling = self._dated_sibling(phrase, year, sent_end) if not listed_all else None
        if sibling is not None:  # the claim ends at its year, before the next one's
            evidence = (evidence[0], min(evidence[1], len(self.text[: sibling[0]].rstrip(" ,"))))
        yield evidence, self._record(kind, phrase, claimant, share, year, evidence, segment)
        if sibling is not None:  # ضمت القرم عام 2014 ودونيتسك عام 2022: each its own year
            s_start, s_phrase, s_year = sibling
            s_evidence = (s_start, s_phrase.end)
            yield (
                s_evidence,
                self._record(kind, s_phrase, claimant, None, s_year, s_evidence, segment),
            )
        if restated is not None:  # …، أي ما يقارب 70% من مساحة البلاد: the share of the whole
            r_start, r_share, r_phrase = restated
            r_evidence = (r_start, r_phrase.end)
            yield (
                r_evidence,
                self._record(kind, r_phrase, claimant, r_share, year, r_evidence, segment),
            )
        parted = False
        if kind == ClaimKind.CONTROL and share is not None and share < 100:
            # further shares: …، ونحو 77% من دونيتسك
            for part in self._shared_parts(phrase, claimant, year, sent_end, segment):
                parted = True
                yield part
            rest = self._rest_held(phrase, sent_end)
            if rest is not None:  # …، والصين على ما تبقى: the rest held by another side
                parted = True
                rest_evidence, holder, rest_share, held = rest
                yield (
                    rest_evidence,
                    self._record(kind, held, holder, rest_share, year, rest_evidence, segment),
                )
        conjoined = (
            self._conjoined(phrase, sent_end)
            if kind == ClaimKind.CONTROL and not parted and not listed_all
            else None
        )
        while conjoined is not None:
            # على كامل لوغانسك، وعلى نحو 80% من دونيتسك; على المدينة وعلى معظم الساحل:
            # each conjunct of the verb its own claim with its own share
            c_start, c_share, phrase = conjoined
            c_evidence = (c_start, phrase.end)
            yield (
                c_evidence,
                self._record(kind, phrase, claimant, c_share, year, c_evidence, segment),
            )
            conjoined = self._conjoined(phrase, sent_end)
            if conjoined is not None and conjoined[0] < c_evidence[1]:
                break  # never back over a conjunct read
        # named territories in a row, one claim each
        for listed in listed_all:
            evidence = (listed.start, norm_range(self.analysis, listed.territory.span)[1])
            yield evidence, self._record(kind, listed, claimant, share, year, evidence, segment)
        # a coordinated territory: …، بالإضافة إلى شبه جزيرة القرم; held too (تحتل المنطقة
        # العازلة، إضافة إلى قمة جبل الشيخ)
        opened_by = next(  # the preposition the territory was read after (من، على، في)
            (
                self._word(*t)
                for t in self.analysis.words_in(max(0, phrase.start - 8), phrase.start)[-1:]
            ),
            "",
        )
        while kind in DEMANDS or kind == ClaimKind.CONTROL:
            # a bare و after a held territory may bring the next holder (…، والصين على ما تبقى)
            following = self._coordinated(phrase.end, sent_end, kind in DEMANDS)
            if following is None:
                following = self._parallel(phrase.end, sent_end, opened_by)
            if following is None and kind in DEMANDS:
                following = self._added_after_comma(phrase.end, sent_end)
            if following is None:
                break
            start, phrase = following
            listed_after = list(self._listed(phrase, sent_end))
            whole = self._joined_list(phrase, listed_after)
            if whole is not None:  # …، وكذلك من مقاطعتي X وY: one territory the plural names
                phrase, listed_after = whole, []
            evidence = (start, phrase.end)
            year = self._year(evidence, sent_start)
            yield evidence, self._record(kind, phrase, claimant, None, year, evidence, segment)
            for listed in listed_after:  # …، وكذلك من X وY: each a claim
                if listed.territory.name is None:
                    break  # … ومواقع في ريف X: a described remainder of the list told
                l_evidence = (listed.start, norm_range(self.analysis, listed.territory.span)[1])
                yield (
                    l_evidence,
                    self._record(kind, listed, claimant, None, year, l_evidence, segment),
                )
