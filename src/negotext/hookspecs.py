"""Every hook negotext calls, in one place.

A plugin is a module or object with functions named after these hooks and
marked with ``@negotext.hookimpl``. The built-in extractors, record types,
gazetteer and word lists are registered through these very hooks, so a third
party can do anything they do. Plugins are discovered through the entry-point
group ``negotext``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

import pluggy

if TYPE_CHECKING:
    from negotext.analysis import Analysis
    from negotext.records import Record

PROJECT_NAME = "negotext"

hookspec = pluggy.HookspecMarker(PROJECT_NAME)
hookimpl = pluggy.HookimplMarker(PROJECT_NAME)


@hookspec
def negotext_extract_records(analysis: Analysis) -> Iterable[Record] | None:
    """Called once per document, after its shared analysis is built.

    :param analysis: the document's :class:`~negotext.analysis.Analysis`:
        the original text, the normalised text with its offset map, segments,
        sentences, and the entities, numbers, ordinals and dates found in it.
        Read it; do not rescan the text for what it already holds.

    Return (or yield) the records this plugin finds, each with an ``evidence``
    span into ``analysis.text`` and ``extractor`` set to the plugin's name.
    Return None or nothing for no records. An exception is reported with the
    plugin's name and the document's id; the other plugins and documents go on.
    """


@hookspec
def negotext_register_gazetteer(register: Callable[[dict[str, Any]], None]) -> None:
    """Called once, when the gazetteer is first built.

    :param register: call it with one entry a call, a mapping with the keys
        of the gazetteer data files: ``names`` (Arabic surface forms), ``name``
        (canonical English name), ``kind`` (person / organization / country /
        place / group / media), and optionally ``id`` (ISO 3166 code or Wikidata
        QID), ``role`` and ``country``. The host validates each entry and
        raises an error naming the plugin and the entry when one is malformed.

    An entry with ``"type": "format"`` is a negotiation format, forum or
    mechanism (منبر جدة، آلية الناقورة) rather than an entity, with the keys of
    ``formats.json``: ``names``, ``name``, ``kind`` (platform / track / process /
    mechanism / format / group / committee / conference / dialogue / talks /
    forum / initiative / agreement), ``named_after`` and ``venue`` (canonical
    names of gazetteer places, or null), optionally ``conflict`` and ``note``.
    It joins ``get_resources().formats``, which the rounds extractor reads for
    venues; the built-in formats are registered the same way. An entry with no
    ``type`` is an entity (``"type": "entity"``); any other ``type`` is an error.

    Return nothing.
    """


@hookspec
def negotext_register_record_types(register: Callable[[type[Record]], None]) -> None:
    """Called once, when the serialiser first needs to know the record types.

    :param register: call it with a :class:`~negotext.records.Record` subclass
        whose class attribute ``type`` is the unique name used in JSON
        (``"round"``, ``"statement"``, ...). Registered types serialise to
        and from JSON like the built-in ones. Registering a name twice with
        different classes is an error.

    Return nothing.
    """


@hookspec
def negotext_register_lexicon(register: Callable[[str, Iterable[str]], None]) -> None:
    """Called once, when the word lists the extractors read are first needed.

    :param register: call it as ``register(lexicon, words)`` to add Arabic
        words or phrases to a named list, for instance
        ``register("reporting_verbs", ["ألمح"])``. Words are normalised by the
        host; lists are the union of every plugin's contribution.

    Return nothing.
    """
