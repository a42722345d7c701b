"""The built-in territory extractor: annexation, control, and demands about territory.

A claim is a cue word of one of six kinds (word lists ``territory_annexation``,
``territory_control``, ``territory_withdrawal``, ``territory_recognition``,
``territory_retention``, ``territory_sovereignty``) followed by a territory
phrase. The phrase is read from the cue on, skipping what stands between the
verb and its object (the subject of ضمت روسيا, the forces of انسحاب القوات
الروسية, the share of يحتل نحو 20% من, an adverb such as بشكل كامل, a
preposition), up to a clause break or a word that ends it (``territory_stops``).

The phrase must have a territory head within its first words: a territory noun
(الأراضي، مناطق، مقاطعة، شبه جزيرة، محور … ``territory_nouns``) or a named place
or country from ``analysis.entities``. A named place becomes the territory with
its canonical name and id (its text includes a region noun before it:
"مقاطعة لوغانسك"); otherwise the phrase itself is kept as a place with no name
or id ("المناطق التي ضمتها موسكو").

The claimant is the actor right after a verb cue (ضمت روسيا), else the nearest
actor before the cue in its sentence (the subject or the speaker), resolved to
its country through co-reference. A coordinated territory (…، بالإضافة إلى شبه
جزيرة القرم) and named places in a row (القرم ودونيتسك) are one claim each; a
cue inside another claim's evidence (الأراضي التي ضمتها) describes that
territory and is no claim itself. A refused or negated withdrawal (ترفض
الانسحاب من، لن تنسحب من) is a retention demand; some sovereignty cues have
their territory before them (كوسوفو جزءاً من أراضيها، الجولان أرض سورية). A
recognition granted rather than demanded (تعترف أرمينيا بوحدة أراضي أذربيجان بما
فيها قره باغ: a finite verb no demand governs) is the recognised owner's
sovereignty claim.

Demands told with other words are read too: a return or a ceding demanded
(تطالب يريفان باستعادة جيب …، بالتنازل عن …) is a withdrawal demand, refused or negated a
retention; a foreign presence refused (لن تقبل بأي وجود عسكري تركي في …) a withdrawal
demand; a withdrawal to lines names the lines (إلى الخطوط التي …). A pronoun object
(الاحتفاظ بها، بإعادتها) and a bare definite territory noun (المحور after محور فيلادلفيا)
name the territory told before. docs/territory.md lists every construction.

The reading is one :class:`~.reader.Reader` per document, built from a chain of classes, one
concept each, every one a set of methods over the shared state of :mod:`.state`:

- :mod:`.kinds`: the six claim kinds, their cue lexicons and the labels of other cues;
- :mod:`.words`: the function words the reader tests for (prepositions, pronouns, particles);
- :mod:`.state`: the document, its territory word lists, entities and numbers, word-level tests;
- :mod:`.phrase`: the phrase reader, where a territory phrase starts and ends;
- :mod:`.objects`: what stands between a cue and its territory phrase;
- :mod:`.fields`: the share and the year of a claim;
- :mod:`.cues`: sovereignty cues that are no listed word (a noun of land, a predicate);
- :mod:`.modality`: how a cue is told (negated, refused, demanded, granted, a fact);
- :mod:`.claimants`: who claims, and what a pronoun or a bare noun refers back to;
- :mod:`.build`: the TerritoryClaim record;
- :mod:`.before_cue`: claims whose territory stands before the cue;
- :mod:`.constructions`: claims told by constructions of their own;
- :mod:`.reader`: the reading of one document, cue by cue, and one claim per kind and territory.

Each class inherits the ones whose methods it calls, so every call goes down the chain and the
type checker sees every method it uses.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from negotext.extractors.territory.reader import Reader
from negotext.hookspecs import hookimpl

if TYPE_CHECKING:
    from negotext.analysis import Analysis
    from negotext.records import Record, TerritoryClaim

__all__ = ["find_territory_claims", "negotext_extract_records"]


def find_territory_claims(analysis: Analysis) -> list[TerritoryClaim]:
    """Every territorial claim the document states, one record per kind and territory."""
    return Reader(analysis).claims()


@hookimpl
def negotext_extract_records(analysis: Analysis) -> Iterator[Record]:
    yield from find_territory_claims(analysis)
