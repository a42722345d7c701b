"""What one mention of a round is.

``_Mention`` is a round trigger with what the text says of the round there (status,
ordinal, venue, date, parties, mediators and the facts the grouping weighs), in normalised
offsets; ``round_grouping`` merges mentions into rounds and the package's ``_record`` makes
each round a record. ``_Located`` holds entities with their ranges, bisected by
``_starting_within`` so a round looks only at the entities near it.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs

from negotext.records import DateRef, Entity, RoundStatus


@attrs.define
class _Mention:
    """One mention of a round, with what the text says about it there (normalised offsets)."""

    start: int
    end: int
    status: RoundStatus | None
    evidence: tuple[int, int]
    segment: str
    ordinal: int | None = None
    relative: str | None = None
    place: Entity | None = None
    date: DateRef | None = None
    parties: list[Entity] = attrs.Factory(list)
    mediators: list[Entity] = attrs.Factory(list)
    #: Whether the round noun has the article (الاجتماع): it may name a round told before.
    definite: bool = False
    #: Whether the ordinal is told of the noun in apposition (الاجتماع، وهو الثاني).
    appositive: bool = False
    #: Whether the trigger is a verb of meeting (التقى): its subject and object come first.
    verb: bool = False
    #: Whether the mention counts several rounds (عقدا ثلاث جولات، جولتين): never one round.
    plural: bool = False
    #: Whether the venue is a city in construct (مفاوضات جدة), not said with في.
    construct: bool = False
    #: How much further than the usual window its venue may stand: past the subject and
    #: object of a verb of meeting or of a relative clause that names the parties (القمة التي
    #: جمعت الرئيس … ورئيس الوزراء … في البيت الأبيض بواشنطن).
    far: int = 0
    #: Whether "other" follows the noun (جولتان أخريان، لقاء آخر): not the round just told.
    other: bool = False

    #: Whether the venue and then the date follow the noun in its own phrase (اجتماع نيويورك
    #: في يوليو الماضي، القمة الأولى في سنغافورة في يونيو 2018).
    dated_venue: bool = False

    #: The round noun without clitics or article (قمه for لاستضافة قمة، القمة).
    head: str = ""
    #: The sentence the mention stands in (normalised range).
    sentence: tuple[int, int] = (0, 0)
    #: Whether the mention continues a sequence (ثم جولة ثانية في أديس أبابا، والثالثة …).
    sequel: bool = False

    #: Whether the mention stands in a headline (a line with no final full stop).
    headline: bool = False
    #: The building of the venue when its city is named with it (في قصر الدرعية بالرياض).
    building: Entity | None = None
    #: Whether the venue is the fixed venue of the round's format (الجولة الرابعة من منبر
    #: جدة), known rather than told: weaker evidence of the round than a venue the text names.
    format_venue: bool = False
    #: Whether the round is planned by a delegation arriving for it (وصل الوفد … للمشاركة).
    arrival: bool = False
    #: Whether that verb tells the delegation has arrived (وصل، not يصل or توجه): the round
    #: it came for takes place unless the story tells it as still to begin.
    arrived: bool = False
    #: Whether the round is told after بعد / عقب in another round's sentence (الجولة الثالثة …،
    #: بعد جولة يوليو 2024): an earlier round, never that one.
    earlier: bool = False
    #: Whether أما opens the round's phrase (أما اللقاء الذي كان مرتقباً في X فقد …): a topic
    #: set against what was told before, not that round told again.
    contrast: bool = False
    #: Whether a date follows the noun in construct (جولة يوليو 2024): a round named by it.
    dated: bool = False
    #: Whether "last" stands before the indefinite noun (آخر لقاء بين الرجلين): the latest round
    #: before the one reported, told as background; never a round told in another sentence.
    latest: bool = False
    #: Whether the round is told as still to come (a future marker in its sentence, قبيل،
    #: استعداداً لـ): a round named by its place is then no past round.
    ahead: bool = False
    #: The learned model's status (``round_model``) for a mention no rule gives one: used only
    #: when the mention joins no round told and no rule's round shares its sentence.
    model_status: RoundStatus | None = None
    #: Whether only the model keeps the mention (the rules would drop it as a mere topic).
    model_only: bool = False
    #: The country of the venue (the gazetteer's), and whether the venue is the whole country
    #: or a building in it rather than a city or town: such a venue and a city of that
    #: country can be one round's (`round_grouping._same_venue`).
    venue_country: str | None = None
    venue_broad: bool = False
    #: Whether the ordinal counts the rounds since an event (أول لقاء بينهما منذ الأزمة، وهي
    #: الثانية منذ انضمام مدنيين): a count of its own, which the round's place in its series
    #: (الجولة الرابعة من المفاوضات) told elsewhere overrides.
    since: bool = False
    #: Whether that count is told as what a round was to be, under a schedule told in the
    #: past (وكان من المفترض أن يكون هذا الاجتماع الأول منذ …): a round that may not have sat.
    supposed: bool = False

    @property
    def score(self) -> int:
        """How much this mention states: the clearest one becomes the evidence.

        A headline states the story's round too, but the coders' evidence is the body's.
        """
        return (
            -4 * self.headline
            + 2 * (self.place is not None and not self.format_venue)
            + self.format_venue
            + 2 * (self.ordinal is not None)
            + (self.date is not None)
            + min(len(self.parties), 2)
            + 2 * min(len(self.mediators), 1)
            + 2 * (self.status is not None)
        )


class _Located(list[tuple[int, int, Entity]]):
    """Entities with their normalised ranges, and their starts for bisection when in order."""

    def __init__(self, items: list[tuple[int, int, Entity]]) -> None:
        super().__init__(items)
        self.starts = [start for start, _, _ in items]
        self.ordered = all(a <= b for a, b in zip(self.starts, self.starts[1:], strict=False))


def _starting_within(items: _Located, lo: int, hi: int) -> Sequence[tuple[int, int, Entity]]:
    """The items that start in ``[lo, hi]``, in their order: a slice found by bisection.

    Entities come in text order, so the ones near a round are one contiguous run;
    a list out of order is returned whole (the caller filters it anyway).
    """
    if not items.ordered:
        return items
    return items[bisect.bisect_left(items.starts, lo) : bisect.bisect_right(items.starts, hi)]
