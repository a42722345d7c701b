"""The six claim kinds, the word lists that cue them, and the labels of cues found otherwise.

A cue's label is its kind's value, or one of the labels below for cues that tell a kind
in a construction of their own; :func:`kind_of` gives a cue's kind.
"""

from __future__ import annotations

from negotext.extractors._common import Cue
from negotext.records import ClaimKind

KIND_LEXICONS = {
    "territory_annexation": ClaimKind.ANNEXATION.value,
    "territory_control": ClaimKind.CONTROL.value,
    "territory_withdrawal": ClaimKind.WITHDRAWAL_DEMAND.value,
    "territory_recognition": ClaimKind.RECOGNITION_DEMAND.value,
    "territory_retention": ClaimKind.RETENTION_DEMAND.value,
    "territory_sovereignty": ClaimKind.SOVEREIGNTY_CLAIM.value,
}

#: Kinds read first: their evidence may hold a descriptive annexation or control cue.
DEMANDS = (
    ClaimKind.RECOGNITION_DEMAND,
    ClaimKind.RETENTION_DEMAND,
    ClaimKind.WITHDRAWAL_DEMAND,
    ClaimKind.SOVEREIGNTY_CLAIM,
)

VERB_KINDS = (ClaimKind.ANNEXATION, ClaimKind.CONTROL)

#: Demands whose claimant is the subject of the verb of demanding (تطالب X Y بـ …).
DEMANDED_BY = (
    ClaimKind.WITHDRAWAL_DEMAND,
    ClaimKind.RECOGNITION_DEMAND,
    ClaimKind.RETENTION_DEMAND,
)

#: Claims whose territory may be told with who holds it now (لانسحاب إسرائيل من التلال التي
#: لا تزال تحتلها؛ أن النقاط التي لا تزال تحتلها إسرائيل تقع داخل الأراضي اللبنانية): that
#: control is a claim of its own.
HOLDING_TOLD = (ClaimKind.WITHDRAWAL_DEMAND, ClaimKind.SOVEREIGNTY_CLAIM)

#: Kinds whose territory may stand a few words after the cue (الاعتراف بالوضع الجديد في
#: المناطق، سيحتفظ بالسيطرة الأمنية على المنطقة العازلة).
WIDE_KINDS = (
    ClaimKind.RECOGNITION_DEMAND,
    ClaimKind.SOVEREIGNTY_CLAIM,
    ClaimKind.RETENTION_DEMAND,
)

#: The label of sovereignty cues whose territory stands before them.
BEFORE_LABEL = "sovereignty_before"

#: The label of a place said to be a state (ترانسنيستريا دولة قائمة): its own claim.
STATEHOOD_LABEL = "statehood"

#: The label of a presence of forces refused (لن تقبل بأي وجود عسكري تركي في غرب البلاد).
PRESENCE_LABEL = "presence"


def kind_of(cue: Cue) -> ClaimKind:
    if cue.label in (BEFORE_LABEL, STATEHOOD_LABEL):
        return ClaimKind.SOVEREIGNTY_CLAIM
    if cue.label == PRESENCE_LABEL:
        return ClaimKind.WITHDRAWAL_DEMAND
    return ClaimKind(cue.label)
