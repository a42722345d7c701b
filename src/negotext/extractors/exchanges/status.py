"""Status: whether an exchange is agreed, completed, proposed, demanded or ongoing.

The status cue of a mention (a relative clause after the kind noun, a cue between action
and kind, the nearest cue before the action in its sentence, or a predicate after it) and
whether it is negated; and the statuses read with no cue: a condition set by a side (ما لم
تفرج → demanded), a means in the future (ستقوم بالإفراج → agreed), a past announcement
(أعلن الجيش الإفراج → completed).
"""

from __future__ import annotations

import regex

from negotext.extractors._common import NEGATIONS, Cue, bare, has_break, sentence_range
from negotext.extractors.exchanges.people import _People
from negotext.extractors.exchanges.text import _definite, _full_stop, _possessed
from negotext.records import ExchangeStatus

CUE_WINDOW = 80  # how far before the action word its status cue may stand

#: A verb in the future: سـ, a prefix of the imperfect and at least two letters (سترد، ستقوم),
#: not a noun so spelled (سنوات، ستين، سيطرة، سياسة، سيادة، سيارة).
_FUTURE_VERB = regex.compile(r"[وف]?س[يتن](?!وات|ين$|طر|اس|اد|ار)\p{Arabic}{2,}")


class _Status(_People):
    """The exchange reader's statuses: a mention's status cue, or its status with none."""

    def _joined_by_preposition(self, action: Cue) -> bool:
        """Whether a repeated preposition joins the action to a verb before it.

        "طالبت …، وبإطلاق سراح …"، "اتفقتا على وقف النار …، وعلى تبادل الأسرى".
        """
        if self.text.startswith("وب", action.start):
            return True
        before = self.analysis.words_in(max(0, action.start - 8), action.start)[-1:]
        return bool(before) and self.text[before[0][0] : before[0][1]] == "وعلي"

    def _listed_demand(self, action: Cue, cue: Cue) -> bool:
        """Whether the action is one more item, joined with و, of what a demand asks.

        "دعا إلى وقف إطلاق النار، وانسحاب القوات من المدينة، والإفراج عن الأسرى"، "الأولوية
        هي لانسحاب إسرائيل …، وإعادة الأسرى اللبنانيين": a demand governs its whole list,
        however far its cue stands in the sentence.
        """
        if not self.text.startswith("و", action.start):
            return False
        if cue.label == ExchangeStatus.AGREED.value:
            return self._listed_term(action, cue)
        if cue.label != ExchangeStatus.DEMANDED.value:
            return False
        if "," in self.text[cue.end : action.start]:
            return True
        # طالب بانسحاب القوات من المدن الثلاث وإطلاق الأسرى: a verbal noun joined by و to the
        # demand's object, with no comma, is one more item of it while no other word of
        # exchanging or status stands between
        noun = self.text[action.start : action.end].removeprefix("و").split()[0]
        nouns = ("افراج", "اطلاق", "اعاده", "تسليم", "تبادل", "مبادله")
        return (
            (_definite(noun) or noun.removeprefix("ال") in nouns)
            and not has_break(self.text, cue.end, action.start)
            and not any(p in self.action_chars for p in range(cue.end, action.start))
            and not any(cue.end <= c.start < action.start for c in self.statuses)
        )

    def _obligation(self, action: Cue) -> bool:
        """Whether the action is what a side is told it must do: على X before the verbal noun.

        "قال إن على الحركة إطلاق جميع الرهائن"، "ردّ بأن على حماس إطلاق «جميع الرهائن»"،
        "يجب على الطرفين تبادل الأسرى": على, then its subject (at most three words with the
        article or names), right before the verbal noun, after إن / أن / بأن / يجب or at the
        start of a clause: a demand.
        """
        text = self.text
        if text.startswith(("و", "ل", "ب"), action.start):
            return False
        words = self.analysis.words_in(max(0, action.start - 60), action.start)
        for index in range(len(words) - 1, max(-1, len(words) - 5), -1):
            w_start, w_end = words[index]
            if text[w_start:w_end] not in ("علي", "وعلي", "فعلي"):
                continue
            subject = words[index + 1 :]
            if not subject or has_break(text, w_end, action.start):
                return False
            if not all(
                _definite(text[s:e]) or self._covered(self.named_chars, s, e) for s, e in subject
            ):
                return False
            if index == 0 or has_break(text, words[index - 1][1], w_start):
                return True
            opener = text[words[index - 1][0] : words[index - 1][1]]
            return opener in ("ان", "إن", "أن", "بان", "بأن", "يجب", "ويجب", "فان", "لكن")
        return False

    def _listed_term(self, action: Cue, cue: Cue) -> bool:
        """Whether the action is one more item, after a comma and و, of what a deal provides.

        "نص الاتفاق على وقف الأعمال العدائية، وفتح الممرات الإنسانية، وتبادل الأسرى"، "تنص
        الخطة على خمس نقاط، أبرزها وقف إطلاق النار، …، والإفراج عن جميع المحتجزين": an
        agreement governs its whole list in its sentence, the release right after "، و",
        with no other cue or word of exchanging between and no full stop. (Topics two sides
        discuss, يبحثان ملفات على رأسها …، وتسليم الجثامين, are no terms of anything.)
        """
        text = self.text
        gap = text[cue.end : action.start]
        return (
            gap.rstrip().endswith(",")
            and not _full_stop(text, cue.end, action.start)
            and ";" not in gap
            and ":" not in gap
            and gap.count(",") <= 6
            and not any(p in self.action_chars for p in range(cue.end, action.start))
            and not any(cue.end <= c.start < action.start for c in self.statuses)
        )

    def _demand_over_parenthetical(self, action: Cue, cue: Cue) -> bool:
        """Whether the action is the ب-object of a demand, a parenthetical between them.

        "وطالبت الوزيرة، في بيان، بالإفراج عن جميع المواطنين المحتجزين"، "طالب …، خلال
        استقباله الوفد، بـ«الإفراج الفوري عن …»": the verbal noun carries the preposition of
        the demand (ب, written joined or before a quote mark), and between the demand and it
        stand only its subject and a phrase set off by two commas, no stop and no other word
        of exchanging.
        """
        if cue.label != ExchangeStatus.DEMANDED.value:
            return False
        text = self.text
        joined = text.startswith("ب", action.start)
        quoted = text[max(0, action.start - 2) : action.start] == 'ب"'
        if not (joined or quoted):
            return False
        gap = text[cue.end : action.start]
        return (
            gap.count(",") == 2
            and gap.rstrip(' "ب').endswith(",")
            and not _full_stop(text, cue.end, action.start)
            and ";" not in gap
            and ":" not in gap
            and not any(p in self.action_chars for p in range(cue.end, action.start))
        )

    def _object_past_subject(self, action: Cue, cue: Cue) -> bool:
        """Whether the action is the direct object of the verb cue, its subject and phrases between.

        "أعلنت الحكومة في بيان صادر عن وزارة الخارجية الإفراج عن المعتقلين"، "أتمّ الطرفان
        بإشراف اللجنة الدولية للصليب الأحمر عملية تبادل للأسرى"، "اقترحت الوساطة في ورقة
        قدمتها للطرفين تبادل الأسرى": however many words the subject and a phrase of where,
        how or through whom take, the verbal noun (or عملية، صفقة before it) right after a
        word with the article or a name, with no conjunction or preposition of its own, is
        what the verb tells. Not past a clause break, another word of exchanging or another
        cue; a noun without the article right before it governs the action itself (أعلنت
        الحكومة رفضها تبادل الأسرى، تمهيداً لتبادل).
        """
        if cue.start >= action.start:
            return False
        text = self.text
        if text.startswith(("و", "ل", "ب", "ف"), action.start):
            return False
        words = self.analysis.words_in(cue.end, action.start)
        if words and bare(text[words[-1][0] : words[-1][1]]) in ("عمليه", "صفقه"):
            words = words[:-1]  # عملية تبادل، صفقة تبادل: the operation's noun
        if len(words) < 2:
            return False
        w_start, w_end = words[-1]
        last = text[w_start:w_end]
        return (
            (_definite(last) or self._covered(self.named_chars, w_start, w_end))
            and not has_break(text, cue.end, action.start)
            and not any(p in self.action_chars for p in range(cue.end, action.start))
            and not any(cue.end <= c.start < action.start for c in self.statuses)
        )

    def _term_included(self, action: Cue, cue: Cue) -> bool:
        """Whether the action is what a verb of including, governed by the cue, includes.

        "نطالب بأن تشمل المرحلة الثانية الإفراج عن القادة الأسرى"، "أبدى استعداده لصفقة تشمل
        الإفراج عن جميع السجناء": a verb of including (``exchange_inclusion``) right before the
        action, its subject at most three words between, and the cue before it in the same
        clause: the release is a term of what is demanded or offered, the cue its status.
        """
        verb = next(
            (
                c
                for c in self.statuses
                if cue.end <= c.start
                and c.end <= action.start
                and c.word.removeprefix("و") in self.inclusion
            ),
            None,
        )
        joined = self.text.startswith("و", action.start) and not action.word.startswith("و")
        return (
            verb is not None
            and not joined  # جولة تشمل ملف المخفيين وتبادل الجثامين: an item of its agenda
            and verb.start - cue.end <= 60
            and len(self.analysis.words_in(verb.end, action.start)) <= 3
            and not has_break(self.text, cue.end, action.start)
        )

    def _demand_complement(self, action: Cue, cue: Cue) -> bool:
        """Whether the action is the complement a verb of demanding governs by its preposition.

        "دعا مجلس الأمن الحكومة والمتمردين إلى إطلاق سراح المحتجزين"، "حث المبعوث الطرفين
        المتحاربين على الإفراج عن"، "طالبت المنظمة السلطات في البلدين بالإفراج عن": the
        demand's subject and its object stand between the verb and the release, however many
        words they take; the release carries the preposition of the call (إلى، على before it,
        ب joined to it). So does a verb or noun of agreeing with its own preposition, however
        many words tell where or when (اتفقا خلال محادثات إسطنبول على تبادل، وافقت الحكومة
        بعد وساطة قطرية على الإفراج، تعهدت الحركة أمام الوسطاء بإطلاق سراح). Not past a
        clause break, another word of exchanging or another cue.
        """
        if (
            cue.label not in (ExchangeStatus.DEMANDED.value, ExchangeStatus.AGREED.value)
            or action.start - cue.end > 100
        ):
            return False
        text = self.text
        before = self.analysis.words_in(max(0, action.start - 8), action.start)[-1:]
        governed = text.startswith("ب", action.start) or (
            bool(before) and text[before[0][0] : before[0][1]] in ("الي", "علي")
        )
        return (
            governed
            and not has_break(text, cue.end, action.start)
            and not any(p in self.action_chars for p in range(cue.end, action.start))
            and not any(cue.end <= c.start < action.start for c in self.statuses)
        )

    def _any_before(self, action: Cue) -> bool:
        """Whether "أي" (any) stands right before the action: a release in general, none told."""
        before = self.analysis.words_in(max(0, action.start - 8), action.start)[-1:]
        return bool(before) and self.text[before[0][0] : before[0][1]] in ("اي", "أي")

    def _action_negated(self, action: Cue) -> bool:
        """Whether a negation stands right before the action itself (لم تفرج، لن يطلق، عدم الإفراج)."""
        before = self.analysis.words_in(max(0, action.start - 12), action.start)[-2:]
        if not before or self.text[before[-1][0] : before[-1][1]] not in self.negators:
            return False
        if self._restricted_negation(action) is not None:
            return False  # ولم تسلّم حتى اليوم سوى عشرة منها: ten were handed over
        return len(before) < 2 or self.text[before[0][0] : before[0][1]] != "ما"  # ما لم: unless

    def _gap(self, start: int, end: int) -> int:
        """How far apart a cue and its action stand, a phrase of the route or go-between not
        counted: "تبحثان عبر الوسيط الإماراتي عملية تبادل" is as near as "تبحثان عملية تبادل".

        The phrase (``exchange_via`` and at most three words, no preposition among them) must
        start right after the cue; with no break between them.
        """
        words = self.analysis.words_in(start, end)
        if not words or words[0][0] not in self.via_starts or has_break(self.text, start, end):
            return end - start
        phrase = words[1:4]
        for index, (w_start, w_end) in enumerate(phrase, start=1):
            if self.text[w_start:w_end] in self.prepositions:
                phrase = words[1:index]
                break
        if len(phrase) == len(words) - 1:
            phrase = phrase[:-1]  # the action's own noun (عملية) stays
        skipped = (phrase[-1][1] if phrase else words[0][1]) - words[0][0]
        return end - start - skipped

    def _purpose_of(self, action: Cue, cue: Cue) -> bool:
        """Whether the action is the purpose (ل) of the clause its far cue opens.

        "من المقرر أن تجتمع لجنة الإشراف في عمّان خلال أسبوعين لتبادل الكشوف النهائية":
        a meeting scheduled, agreed or demanded to exchange is the exchange so scheduled, however
        many words tell the meeting, while no comma or stop closes the clause and no other
        word of exchanging stands between. So is a verb of exchanging in the cue's complement
        after أن (دعت الأمم المتحدة الطرفين إلى أن يتبادلوا جميع الأسرى، طالبت الحكومة الحركة
        بأن تفرج عن المخطوفين).
        """
        written = self.text[action.start : action.end]
        before = self.analysis.words_in(max(0, action.start - 8), action.start)[-1:]
        complement = bool(before) and self.text[before[0][0] : before[0][1]] in ("ان", "بان")
        return (
            (written.startswith(("ل", "ول", "فل")) or complement)
            and action.start - cue.end <= 120
            and not has_break(self.text, cue.end, action.start)
            and not any(p in self.action_chars for p in range(cue.end, action.start))
        )  # … اتفاق يفتح الطريق أمام صفقة لتبادل الأسرى: the purpose of a deal, not of the cue

    def _conditional(self, action: Cue, cue: Cue | None) -> bool:
        """Whether the action is a condition set by a side: demanded.

        "ما لم تفرج الحكومة عن …"، "بشرط أن يطلق …"، "إذا أُطلق سراح …"، "في حال أفرجت …", or
        "قبل أن" / "إلا بعد" after a negation in
        its clause (لن نعود إلى الطاولة قبل أن تفرج كينشاسا عن أسرانا، لا حوار قبل أن يطلق سراح
        المخطوفين): what must happen first is asked for. A cue after the marker (… ما لم
        يتفق الطرفان على تبادل) still governs.
        """
        words = self.analysis.words_in(max(0, action.start - 16), action.start)[-2:]
        if (
            words
            and self.text[words[-1][0] : words[-1][1]].removeprefix("و") in self.conditions
            and not has_break(self.text, words[-1][0], action.start)
            and (cue is None or cue.start >= action.start)
        ):
            return True  # «إذا أُطلق سراح المختطفين»، لو أفرجت: a release supposed, asked for
        if len(words) < 2 or has_break(self.text, words[0][0], action.start):
            return False
        marker = tuple(self.text[s:e] for s, e in words)
        if cue is not None and cue.start > words[0][0]:
            return False
        if marker in (("ما", "لم"), ("شرط", "ان"), ("بشرط", "ان"), ("شريطه", "ان")):
            return True
        sent_start, _ = sentence_range(self.analysis, action.start)
        if marker not in (("قبل", "ان"), ("الا", "بعد")):
            # لن تدخل في مفاوضات قبل خروج القوات من المدن وإطلاق سراح الأسرى: a verbal noun
            # joined by و to the one قبل governs, in the same clause
            if not self.text.startswith("و", action.start):
                return False
            clause = self.analysis.words_in(max(sent_start, action.start - 100), action.start)
            before = next(
                (
                    w
                    for w in reversed(clause)
                    if self.text[w[0] : w[1]] in ("قبل", "الا")
                    and not has_break(self.text, w[1], action.start)
                    and not any(p in self.action_chars for p in range(w[1], action.start))
                ),
                None,
            )
            if before is None:
                return False
            words = [before]
        comma = self.text.rfind(",", sent_start, words[0][0])
        return any(
            self.text[s:e] in ("لن", "لا", "لم", "ليس", "لسنا", "ولن", "ولا")
            for s, e in self.analysis.words_in(max(sent_start, comma + 1), words[0][0])
        )

    def _future_means(self, action: Cue) -> bool:
        """Whether a verbal noun of releasing after ب is the means of a verb in the future.

        "سترد الحكومة على البادرة بالإفراج عن عدد من المعتقلين"، "ستقوم بإطلاق سراح …": what
        a side will do by releasing is a release agreed. The verb (سـ and an imperfect) stands
        within four words before, in the same clause.
        """
        if not self.text.startswith(("ب", "وب"), action.start):
            return False
        before = self.analysis.words_in(max(0, action.start - 50), action.start)[-4:]
        return any(
            _FUTURE_VERB.fullmatch(self.text[s:e]) is not None
            and not has_break(self.text, e, action.start)
            for s, e in before
        )

    def _announced_done(self, action: Cue) -> bool:
        """Whether a past verb of announcing governs the action, a verbal noun, with nothing to come.

        "أعلن الجيش، الأحد، الإفراج عن سبعة جنود"، "أعلنت الوزارة عودة 84 أسيراً"، "أعلنت
        الحكومة في بيان صادر عن وزارة الخارجية الإفراج عن" (a phrase of the channel after the
        subject, ``exchange_channel_nouns``, however long): a side announces what it has done; with a word of the future in the sentence (الأسبوع
        المقبل، غداً) it announces what is to come, and the exchange keeps no status.
        """
        if not _definite(action.word) and action.word not in self.verbal_nouns:
            return False
        sent_start, sent_end = sentence_range(self.analysis, action.start)
        before = self.analysis.words_in(max(sent_start, action.start - 150), action.start)
        verb = next(
            (
                index
                for index in range(len(before) - 1, -1, -1)
                if bare(self.text[before[index][0] : before[index][1]]) in self.announcing
                or self.text[before[index][0] : before[index][1]] in self.announcing
            ),
            None,
        )
        if verb is None or _full_stop(self.text, before[verb][1], action.start):
            return False
        gap = self.text[before[verb][1] : action.start]
        if gap.count(",") not in (0, 2):
            return False  # أعلن "الجيش" (ELN)، كبرى حركات التمرد …، الإفراج: an apposition between
        first, last = gap.find(","), gap.rfind(",")
        words = [
            w
            for w in before[verb + 1 :]
            if first < 0 or w[1] <= before[verb][1] + first or w[0] > before[verb][1] + last
        ]
        channels = self.analysis.word_set("exchange_channel_nouns")
        for index in range(1, len(words) - 1):
            preposition = self.text[words[index][0] : words[index][1]]
            channel = self.text[words[index + 1][0] : words[index + 1][1]]
            if preposition in ("في", "عبر") and channel.removeprefix("و") in channels:
                # أعلنت الحكومة في بيان صادر عن وزارة الخارجية الإفراج: the channel's phrase,
                # however long, stands between the subject and what is announced, when it
                # ends on its own noun, a word with the article or a name (not on a noun
                # that governs the action: في بيان رفضها تبادل، وقف العمليات تمهيداً لتبادل)
                l_start, l_end = words[-1]
                last_word = self.text[l_start:l_end]
                if self.text.startswith(("ل", "ب", "و"), action.start) or not (
                    index + 1 == len(words) - 1
                    or _definite(last_word)
                    or self._covered(self.named_chars, l_start, l_end)
                ):
                    return False
                words = words[:index]
                break
        if words and words[0] == before[verb + 1] and len(words) > 1:
            # أعلنت وزارة الدفاع، أعلنت جبهة مورو: a subject in construct
            head = self.text[words[0][0] : words[0][1]]
            genitive = self.text[words[1][0] : words[1][1]]
            if not _possessed(head) and genitive not in self.prepositions:
                words = words[2:]
        if len(words) > 5 or not all(self._subject_or_adjective(*word) for word in words):
            return False
        return not any(
            self.text[s:e] in self.future_words or bare(self.text[s:e]) in self.future_words
            for s, e in self.analysis.words_in(sent_start, sent_end)
        )

    def _named_subject(self, action: Cue) -> bool:
        """Whether تبادل is the past verb, a named subject right after it (تبادل حزب الله وإسرائيل)."""
        if self.text[action.start : action.end] not in ("تبادل", "وتبادل", "فتبادل"):
            return False
        following = self.analysis.words_in(action.end, min(len(self.text), action.end + 20))[:1]
        return bool(following) and any(
            e_start <= following[0][0] < e_end for e_start, e_end in self.named
        )

    def _finite_exchanging(self, action: Cue, kind: Cue) -> ExchangeStatus | None:
        """The status a finite verb of exchanging tells by its tense, its subject right after it.

        "تبادل الطرفان جثث 9 قتلى"، "تبادلنا الأسرى": done; "يتبادل البلدان كل عام قوائم
        الأسرى": going on (``exchange_exchanging_past``, ``exchange_exchanging_present``). The
        subject is a definite word or a name before the kind noun (not the kind itself: تبادل
        الأسرى is the verbal noun); the first person needs none.
        """
        word = self.text[action.start : action.end]
        word = word[1:] if word[:1] in ("و", "ف") and len(word) > 4 else word
        past = word in self.analysis.word_set("exchange_exchanging_past")
        if not past and word not in self.analysis.word_set("exchange_exchanging_present"):
            return None
        status = ExchangeStatus.COMPLETED if past else ExchangeStatus.ONGOING
        if word in ("تبادلنا", "نتبادل"):
            return status
        following = self.analysis.words_in(action.end, kind.start)[:1]
        if not following or has_break(self.text, action.end, following[0][0]):
            return None
        f_start, f_end = following[0]
        if any(q_start <= f_start < q_end for q_start, q_end, _ in self.numbers):
            return None  # تبادل ألف سجين بألف: a count after the verbal noun, not a subject
        subject = self.text[f_start:f_end]
        named = any(s <= f_start < e for s, e in self.named)
        if subject.endswith("ين") and not named:
            return None  # تبادل الطرفين: a genitive after the verbal noun
        return status if subject.startswith("ال") or named else None

    def _status(
        self, action: Cue, kind: Cue, sent_start: int, sent_end: int
    ) -> tuple[Cue, bool] | None:
        """The status cue of the exchange and whether it is negated."""
        text = self.text
        for cue in self.statuses:
            if kind.end <= cue.start <= min(kind.end + 40, sent_end):
                gap = text[kind.end : cue.start]
                if ("التي" in gap or "الذي" in gap) and not has_break(text, kind.end, cue.start):
                    return cue, self._negated(cue.start)
        for cue in self.statuses:  # صفقة تبادل تشمل نحو 1400 محتجز
            if action.end <= cue.start and cue.end <= kind.start:
                if "," in text[action.end : cue.start] and "," in text[cue.end : kind.start]:
                    continue  # وأفرج الجانبان، في إطار الاتفاق، عن 95 أسيراً: a parenthetical
                return cue, self._negated(cue.start)
        # "طالبت …، بانسحاب القوات …، وبإطلاق سراح …": a repeated preposition joins the
        # action to the object of a verb before it, however far in its sentence
        reach = sent_start if self._joined_by_preposition(action) else action.start - CUE_WINDOW
        before = [
            c
            for c in self.statuses
            if max(sent_start, reach) <= c.start <= action.start
            and not _full_stop(self.text, c.end, action.start)
        ]  # the sentence, and never past a full stop (a tatweel after one hides it from it)
        if not before:  # دعا البيان إلى …، وانسحاب …، والإفراج عن: one more item of a demand
            before = [
                c
                for c in self.statuses
                if sent_start <= c.start <= action.start
                and not _full_stop(self.text, c.end, action.start)
                and self._listed_demand(action, c)
            ]
        if before:
            before.sort(key=lambda c: c.start)
            cue = before[-1]
            if cue.word in self.inclusion and len(before) > 1:
                cue = before[-2]  # بدأت … تنفيذ عملية تبادل تشمل …: the earlier cue
            between = [self.text[s:e] for s, e in self.analysis.words_in(cue.end, action.start)]
            if bare(cue.word).startswith("اتفاق") and between in (["من"], ["الي"]):
                # الانتقال بالاتفاق من تبادل الأسرى إلى …: من / إلى are not the agreement's
                # own prepositions (على، ل): the exchange is a phase the agreement moves from
                # or to, not a term of it
                return None
            return cue, self._negated(cue.start)
        for cue in self.statuses:  # عملية تبادل الأسرى … مستمرة: the predicate
            if kind.end <= cue.start <= min(kind.end + 80, sent_end):
                if has_break(text, kind.end, cue.start):
                    break
                return cue, self._negated(cue.start)
        return None

    def _negated(self, position: int) -> bool:
        spans = self.analysis.words_in(max(0, position - 12), position)
        words = [self.text[s:e] for s, e in spans[-2:]]
        return bool(words) and (
            words[-1] in NEGATIONS
            or (len(words) == 2 and words[0] in NEGATIONS and words[1] in ("يتم", "تتم"))
        )
