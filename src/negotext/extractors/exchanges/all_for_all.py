"""All for all: an exchange of «الكل مقابل الكل», whose kind is told before it.

"تبادل الكل مقابل الكل" names no kind noun of its own: the formula stands for the captives
of the exchange the article named last before it (prisoners when none was). A concept of
its own, read by the reader with no other test of what an action takes as its object, it
sits on the kinds it looks back to (``kinds``), below ``objects``.
"""

from __future__ import annotations

from negotext.extractors._common import Cue, has_break, sentence_range
from negotext.extractors.exchanges.kinds import _Kinds
from negotext.records import ExchangeKind


class _AllForAll(_Kinds):
    """The exchange reader's all for all: the kind of «الكل مقابل الكل» told before it."""

    def _all_for_all(self, action: Cue) -> Cue | None:
        """ "تبادل الكل مقابل الكل": the kind is that of the last exchange named before it.

        A few words may stand between, in the same clause: an adjective and the basis the
        deal rests on (صفقة شاملة على قاعدة الكل مقابل الكل، تبادل وفق مبدأ الكل مقابل الكل).
        """
        whole = next(
            (
                c
                for c in self.all_for_all
                if action.end <= c.start <= action.end + 30
                and len(self.analysis.words_in(action.end, c.start)) <= 4
                and not has_break(self.text, action.end, c.start)
            ),
            None,
        )
        if whole is None:
            return None
        return self._all_for_all_kind(whole, action.start)

    def _all_for_all_kind(self, whole: Cue, position: int) -> Cue:
        """All for all as a kind cue: the kind named last before ``position``, else prisoners.

        The dead count only in the formula's own sentence (تبادل الجثث وفق مبدأ الكل مقابل
        الكل): told in a sentence before (تسلمنا 6000 جثمان … نريد تبادل الكل مقابل الكل),
        the formula is of the living, as it mostly is.
        """
        sent_start, _ = sentence_range(self.analysis, position)
        previous = [
            k
            for k in self.kinds
            if k.end <= position
            and k.label != ExchangeKind.DOCUMENTS.value
            and (k.label != ExchangeKind.BODIES.value or k.start >= sent_start)
        ]
        if len(previous) > 1 and self._coordinated(previous[-2], previous[-1]):
            previous.pop()  # ملف الأسرى والمحتجزين … الكل مقابل الكل: the first of the pair
        label = previous[-1].label if previous else ExchangeKind.PRISONERS.value
        return Cue(whole.start, whole.end, whole.word, label)
