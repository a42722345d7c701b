"""The plugin system, proved with plugins defined here and registered on the real manager."""

from __future__ import annotations

import importlib.metadata
import sys
import types
from collections.abc import Callable, Iterable, Iterator
from typing import Any, ClassVar

import attrs
import pluggy
import pytest

import negotext
from negotext import hookimpl, plugins
from negotext.analysis import Analysis
from negotext.ar.normalize import normalize_text
from negotext.document import Document
from negotext.pipeline import ExtractorError, extract, extract_many
from negotext.plugins import (
    DEFAULT_PLUGINS,
    PluginError,
    UnknownPluginError,
    disable_plugin,
    enable_plugin,
    get_plugin_manager,
    get_resources,
    list_plugins,
)
from negotext.records import Entity, EntityKind, Record, Round, RoundStatus, Span
from negotext.serialize import from_dict, from_json, to_dict, to_json

TRIGGER = normalize_text("جولة")  # what the plugin looks for in the normalised text
TEXT = "انتهت جولة المفاوضات في جزيرة الاختبار امس."


# -- plugins defined in this module ----------------------------------------------------


class RoundsPlugin:
    """Finds the word جولة and reports a planned round there."""

    name = "test-rounds"

    @hookimpl
    def negotext_extract_records(self, analysis: Analysis) -> Iterator[Record]:
        start = analysis.norm.text.find(TRIGGER)
        if start >= 0:
            yield Round(
                evidence=analysis.span(start, start + len(TRIGGER)),
                extractor=self.name,
                status=RoundStatus.PLANNED,
                confidence=0.5,
            )


class RaisingPlugin:
    """Fails on documents whose text says so."""

    name = "test-raiser"

    @hookimpl
    def negotext_extract_records(self, analysis: Analysis) -> list[Record]:
        if "boom" in analysis.text:
            raise RuntimeError("boom inside the plugin")
        return []


class NotARecordPlugin:
    name = "test-not-a-record"

    @hookimpl
    def negotext_extract_records(self, analysis: Analysis) -> list[object]:
        return [{"type": "round"}]


class OutOfRangePlugin:
    name = "test-out-of-range"

    @hookimpl
    def negotext_extract_records(self, analysis: Analysis) -> list[Record]:
        end = len(analysis.text) + 5
        return [Round(evidence=Span(0, end), extractor=self.name, status="held")]


class NestedOutOfRangePlugin:
    """Valid evidence, but an entity or a content span past the end of the text."""

    name = "test-nested-out-of-range"

    @hookimpl
    def negotext_extract_records(self, analysis: Analysis) -> list[Record]:
        n = len(analysis.text)
        outside = Entity("x", Span(n, n + 3), EntityKind.COUNTRY)
        return [Round(evidence=Span(0, n), extractor=self.name, status="held", parties=[outside])]


class NothingPlugin:
    """Returns None: no records, no error."""

    name = "test-nothing"

    @hookimpl
    def negotext_extract_records(self, analysis: Analysis) -> None:
        return None


@attrs.frozen(kw_only=True)
class Ceasefire(Record):
    """A record type a plugin adds: a ceasefire and how long it lasts."""

    type: ClassVar[str] = "test_ceasefire"

    days: int | None = None
    parties: tuple[Entity, ...] = attrs.field(default=(), converter=tuple)


class CeasefirePlugin:
    name = "test-ceasefire"

    @hookimpl
    def negotext_register_record_types(self, register: Callable[[type[Record]], None]) -> None:
        register(Ceasefire)

    @hookimpl
    def negotext_extract_records(self, analysis: Analysis) -> list[Record]:
        start = analysis.norm.text.find("هدنه")
        if start < 0:
            return []
        return [Ceasefire(evidence=analysis.span(start, start + 4), extractor=self.name, days=3)]


class DataPlugin:
    """Contributes a gazetteer entry and lexicon words."""

    name = "test-data"

    @hookimpl
    def negotext_register_gazetteer(self, register: Callable[[dict[str, Any]], None]) -> None:
        register(
            {
                "names": ["جزيرة الاختبار"],
                "name": "Test Island",
                "kind": "place",
                "id": "Q4115189",
            }
        )

    @hookimpl
    def negotext_register_lexicon(self, register: Callable[[str, Iterable[str]], None]) -> None:
        register("test_words", ["أَلْمَحَ", "  لوّح  ", "ألمح"])
        register("reporting_verbs", ["ألمح"])


class BadLexiconPlugin:
    name = "test-bad-lexicon"

    @hookimpl
    def negotext_register_lexicon(self, register: Callable[[str, Iterable[str]], None]) -> None:
        register("test_words", "a string, not a list")


class BadRecordTypePlugin:
    name = "test-bad-record-type"

    @hookimpl
    def negotext_register_record_types(self, register: Callable[[type[Record]], None]) -> None:
        register(dict)  # type: ignore[arg-type]


class DuplicateRecordTypePlugin:
    name = "test-duplicate-type"

    @hookimpl
    def negotext_register_record_types(self, register: Callable[[type[Record]], None]) -> None:
        @attrs.frozen(kw_only=True)
        class OtherRound(Record):
            type: ClassVar[str] = "round"

        register(OtherRound)


class FailingRegistrationPlugin:
    name = "test-failing-registration"

    @hookimpl
    def negotext_register_gazetteer(self, register: Callable[[dict[str, Any]], None]) -> None:
        raise OSError("data file missing")


# -- fixtures ------------------------------------------------------------------------


@pytest.fixture
def register() -> Iterator[Callable[[object], object]]:
    """Register plugin objects by their ``name``; always unregistered afterwards."""
    pm = get_plugin_manager()
    names: list[str] = []

    def add(plugin: object) -> object:
        name = plugin.name  # type: ignore[attr-defined]
        pm.register(plugin, name=name)
        names.append(name)
        return plugin

    try:
        yield add
    finally:
        for name in names:
            if pm.get_plugin(name) is not None:
                pm.unregister(name=name)
            plugins._disabled.pop(name, None)


@pytest.fixture
def fresh_manager(monkeypatch: pytest.MonkeyPatch) -> None:
    """Let a test build the plugin manager from scratch; monkeypatch puts the real one back."""
    monkeypatch.setattr(plugins, "_pm", None)
    monkeypatch.setattr(plugins, "_disabled", {})


# -- records from a test plugin ----------------------------------------------------


def test_plugin_records_come_out_of_extract(register: Callable[[object], object]) -> None:
    register(RoundsPlugin())
    result = extract(TEXT, id="doc-1")
    rounds = [r for r in result.rounds if r.extractor == "test-rounds"]
    assert len(rounds) == 1
    assert result.document.text[rounds[0].evidence.start : rounds[0].evidence.end] == "جولة"
    assert rounds[0].confidence == 0.5
    assert result.ok


def test_plugin_records_map_back_through_normalisation(
    register: Callable[[object], object],
) -> None:
    register(RoundsPlugin())
    text = "بدأت جَوْلـةُ المفاوضات"
    (found,) = [r for r in extract(text) if r.extractor == "test-rounds"]
    assert text[found.evidence.start : found.evidence.end] == "جَوْلـةُ"


def test_without_the_plugin_its_records_are_gone(register: Callable[[object], object]) -> None:
    assert not [r for r in extract(TEXT) if r.extractor == "test-rounds"]


def test_plugin_returning_none_gives_no_records(register: Callable[[object], object]) -> None:
    register(NothingPlugin())
    result = extract(TEXT)
    assert result.ok
    assert not [r for r in result if r.extractor == "test-nothing"]


# -- failures are named ----------------------------------------------------------------


def test_raising_plugin_is_named_with_the_document(register: Callable[[object], object]) -> None:
    register(RaisingPlugin())
    with pytest.raises(ExtractorError) as info:
        extract("boom " + TEXT, id="doc-7")
    error = info.value
    assert error.plugin == "test-raiser"
    assert error.doc_id == "doc-7"
    assert "test-raiser" in str(error)
    assert "doc-7" in str(error)
    assert "boom inside the plugin" in str(error)
    assert isinstance(error.__cause__, RuntimeError)


def test_collect_keeps_the_other_plugins_records(register: Callable[[object], object]) -> None:
    register(RoundsPlugin())
    register(RaisingPlugin())
    result = extract("boom " + TEXT, id="d", errors="collect")
    assert not result.ok
    assert [e.plugin for e in result.errors] == ["test-raiser"]
    assert [r.extractor for r in result.rounds if r.extractor.startswith("test-")] == [
        "test-rounds"
    ]


def test_extract_many_collects_and_goes_on(register: Callable[[object], object]) -> None:
    register(RoundsPlugin())
    register(RaisingPlugin())
    documents = [
        Document(TEXT, id="a"),
        Document("boom " + TEXT, id="b"),
        Document(TEXT, id="c"),
    ]
    results = list(extract_many(documents))
    assert [r.document.id for r in results] == ["a", "b", "c"]
    assert [r.ok for r in results] == [True, False, True]
    (error,) = results[1].errors
    assert (error.plugin, error.doc_id) == ("test-raiser", "b")
    assert isinstance(error.__cause__, RuntimeError)
    for result in results:
        assert [r.extractor for r in result.rounds if r.extractor == "test-rounds"] == [
            "test-rounds"
        ]


def test_extract_many_can_raise(register: Callable[[object], object]) -> None:
    register(RaisingPlugin())
    stream = extract_many([Document(TEXT, id="a"), Document("boom", id="b")], errors="raise")
    assert next(stream).document.id == "a"
    with pytest.raises(ExtractorError, match="'test-raiser' failed on document 'b'"):
        next(stream)


def test_a_non_record_is_reported(register: Callable[[object], object]) -> None:
    register(NotARecordPlugin())
    with pytest.raises(ExtractorError, match=r"test-not-a-record.*returned dict, not a Record"):
        extract(TEXT, id="x")
    result = extract(TEXT, id="x", errors="collect")
    assert [e.plugin for e in result.errors] == ["test-not-a-record"]
    assert not any(isinstance(r, dict) for r in result.records)


def test_an_out_of_range_span_is_reported(register: Callable[[object], object]) -> None:
    register(OutOfRangePlugin())
    result = extract(TEXT, id="x", errors="collect")
    (error,) = result.errors
    assert error.plugin == "test-out-of-range"
    assert error.doc_id == "x"
    assert "lies outside the text" in str(error)
    assert not [r for r in result if r.extractor == "test-out-of-range"]


def test_an_out_of_range_nested_span_is_reported(register: Callable[[object], object]) -> None:
    register(NestedOutOfRangePlugin())
    result = extract(TEXT, id="x", errors="collect")
    (error,) = result.errors
    assert error.plugin == "test-nested-out-of-range"
    assert "parties[0]" in str(error)
    assert "lies outside the text" in str(error)
    assert not [r for r in result if r.extractor == "test-nested-out-of-range"]


# -- new record types ------------------------------------------------------------------


def test_registered_record_type_serialises(register: Callable[[object], object]) -> None:
    assert "test_ceasefire" not in get_resources().record_types
    register(CeasefirePlugin())
    assert get_resources().record_types["test_ceasefire"] is Ceasefire
    text = "اعلنت هدنة لثلاثة ايام"
    (record,) = [r for r in extract(text) if isinstance(r, Ceasefire)]
    data = to_dict(record, text, doc="d")
    assert data["type"] == "test_ceasefire"
    assert data["evidence"]["text"] == "هدنة"
    assert data["days"] == 3
    assert from_dict(data) == record
    assert from_json(to_json(record, text)) == record
    party = Entity("مصر", Span(0, 3), EntityKind.COUNTRY, id="EG")
    with_party = attrs.evolve(record, parties=[party])
    assert from_dict(to_dict(with_party)) == with_party


def test_unregistered_type_is_unknown_again(register: Callable[[object], object]) -> None:
    data = {"type": "test_ceasefire", "evidence": {"start": 0, "end": 1}, "extractor": "x"}
    with pytest.raises(ValueError, match="unknown record type 'test_ceasefire'"):
        from_dict(data)


def test_builtin_record_types_are_registered_through_the_hook() -> None:
    types_ = get_resources().record_types
    assert {"round", "exchange", "statement", "territory_claim"} <= set(types_)


@pytest.mark.parametrize(
    ("plugin", "pattern"),
    [
        (BadRecordTypePlugin(), r"plugin 'test-bad-record-type'.*not a Record subclass"),
        (DuplicateRecordTypePlugin(), r"record type 'round' is already registered"),
    ],
)
def test_bad_record_types_name_the_plugin(
    register: Callable[[object], object], plugin: object, pattern: str
) -> None:
    register(plugin)
    with pytest.raises(PluginError, match=pattern):
        get_resources().record_types  # noqa: B018


# -- gazetteer and lexicons ------------------------------------------------------------


def test_gazetteer_and_lexicon_registrations_reach_resources(
    register: Callable[[object], object],
) -> None:
    before = get_resources()
    assert "test_words" not in before.lexicons
    register(DataPlugin())
    resources = get_resources()
    assert resources is not before  # rebuilt for the new set of plugins
    assert resources.lexicon("test_words") == ("المح", "لوح")  # normalised, deduplicated
    assert "المح" in resources.lexicon("reporting_verbs")
    assert resources.lexicon("no_such_list") == ()
    names = [e.name for e in resources.gazetteer.find(TEXT)]
    assert "Test Island" in names
    analysis = Analysis(Document(TEXT))
    assert "Test Island" in [e.name for e in analysis.entities]
    assert analysis.lexicon("test_words") == ("المح", "لوح")


def test_resources_forget_an_unregistered_plugin(register: Callable[[object], object]) -> None:
    assert "test_words" not in get_resources().lexicons


def test_bad_lexicon_names_the_plugin(register: Callable[[object], object]) -> None:
    register(BadLexiconPlugin())
    with pytest.raises(PluginError, match=r"plugin 'test-bad-lexicon'.*not a str"):
        get_resources().lexicons  # noqa: B018


def test_failing_registration_names_the_plugin(register: Callable[[object], object]) -> None:
    register(FailingRegistrationPlugin())
    with pytest.raises(PluginError, match=r"plugin 'test-failing-registration'") as info:
        get_resources().gazetteer  # noqa: B018
    assert "negotext_register_gazetteer failed: data file missing" in str(info.value)
    assert isinstance(info.value.__cause__, OSError)


# -- enabling and disabling ------------------------------------------------------------


@pytest.fixture
def restore_builtins() -> Iterator[None]:
    yield
    for name in DEFAULT_PLUGINS:
        if name in plugins._disabled:
            enable_plugin(name)


def test_disable_and_enable_a_plugin(
    register: Callable[[object], object], restore_builtins: None
) -> None:
    register(RoundsPlugin())
    assert [r for r in extract(TEXT) if r.extractor == "test-rounds"]
    disable_plugin("test-rounds")
    disable_plugin("test-rounds")  # twice is fine
    assert not [r for r in extract(TEXT) if r.extractor == "test-rounds"]
    info = {p.name: p for p in list_plugins()}
    assert info["test-rounds"].enabled is False
    assert info["test-rounds"].hooks == ("negotext_extract_records",)
    enable_plugin("test-rounds")
    enable_plugin("test-rounds")  # twice is fine
    assert [r for r in extract(TEXT) if r.extractor == "test-rounds"]
    assert {p.name: p for p in list_plugins()}["test-rounds"].enabled is True


def test_disable_a_builtin(restore_builtins: None) -> None:
    pm = get_plugin_manager()
    disable_plugin("negotext.records")
    assert pm.get_plugin("negotext.records") is None
    assert "round" not in get_resources().record_types
    enable_plugin("negotext.records")
    assert "round" in get_resources().record_types


@pytest.mark.parametrize("action", [disable_plugin, enable_plugin])
def test_unknown_plugin_names_raise_listing_known_ones(action: Callable[[str], None]) -> None:
    with pytest.raises(UnknownPluginError) as info:
        action("no-such-plugin")
    message = str(info.value)
    assert "unknown plugin 'no-such-plugin'" in message
    for name in DEFAULT_PLUGINS:
        assert name in message
    assert isinstance(info.value, KeyError)
    assert set(DEFAULT_PLUGINS) <= set(info.value.known)


def test_list_plugins_shows_builtins_with_hooks_and_versions() -> None:
    info = {p.name: p for p in list_plugins()}
    assert set(DEFAULT_PLUGINS) <= set(info)
    for name in DEFAULT_PLUGINS:
        assert info[name].version == negotext.__version__
        assert info[name].enabled is True
        assert info[name].hooks, name
        assert all(hook.startswith("negotext_") for hook in info[name].hooks)
    assert info["negotext.records"].hooks == ("negotext_register_record_types",)
    assert "negotext_register_gazetteer" in info["negotext.ar.builtin_data"].hooks
    assert "negotext_register_lexicon" in info["negotext.ar.builtin_data"].hooks
    for name in DEFAULT_PLUGINS:
        if name.startswith("negotext.extractors."):
            assert "negotext_extract_records" in info[name].hooks
    assert [p.name for p in list_plugins()] == sorted(info)


def test_test_plugins_have_no_version(register: Callable[[object], object]) -> None:
    register(RoundsPlugin())
    info = {p.name: p for p in list_plugins()}
    assert info["test-rounds"].version is None


def test_hookimpl_is_reexported() -> None:
    assert negotext.hookimpl is plugins.hookspecs.hookimpl
    assert isinstance(negotext.hookimpl, pluggy.HookimplMarker)


# -- environment: NEGOTEXT_DISABLE_PLUGINS and NEGOTEXT_LOAD_PLUGINS --------------------


class FakeDistribution:
    """Just enough of an importlib.metadata.Distribution for entry-point discovery."""

    def __init__(self, name: str, version: str, entry_points: dict[str, str]) -> None:
        self.metadata = {"name": name}
        self.version = version
        self.entry_points = [
            importlib.metadata.EntryPoint(ep_name, value, plugins.ENTRY_POINT_GROUP)
            for ep_name, value in entry_points.items()
        ] + [importlib.metadata.EntryPoint("other", "os:getcwd", "console_scripts")]


def _plugin_module(name: str) -> types.ModuleType:
    module = types.ModuleType(name)

    @hookimpl
    def negotext_register_lexicon(register: Callable[[str, Iterable[str]], None]) -> None:
        register("test_entry_point", [name])

    module.negotext_register_lexicon = negotext_register_lexicon  # type: ignore[attr-defined]
    return module


@pytest.fixture
def entry_points(monkeypatch: pytest.MonkeyPatch, fresh_manager: None) -> None:
    """Two installed plugins, ep-one and ep-two, from fake distributions."""
    for module_name in ("negotext_test_ep_one", "negotext_test_ep_two"):
        monkeypatch.setitem(sys.modules, module_name, _plugin_module(module_name))
    fake = [
        FakeDistribution("negotext-ep-one", "1.2.3", {"ep-one": "negotext_test_ep_one"}),
        FakeDistribution("negotext-ep-two", "0.0.1", {"ep-two": "negotext_test_ep_two"}),
        FakeDistribution("unrelated", "9", {}),
    ]
    monkeypatch.setattr(importlib.metadata, "distributions", lambda: iter(fake))


def _names() -> set[str]:
    return {name for name, _ in get_plugin_manager().list_name_plugin() if name}


def test_entry_points_are_loaded_when_no_allow_list_is_set(
    entry_points: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NEGOTEXT_LOAD_PLUGINS", raising=False)
    names = _names()
    assert {"ep-one", "ep-two"} <= names
    assert set(DEFAULT_PLUGINS) <= names
    info = {p.name: p for p in list_plugins()}
    assert info["ep-one"].version == "1.2.3"
    assert info["ep-one"].hooks == ("negotext_register_lexicon",)
    assert set(get_resources().lexicon("test_entry_point")) == {
        "negotext_test_ep_one",
        "negotext_test_ep_two",
    }


@pytest.mark.parametrize(
    ("allow", "loaded"),
    [("", set()), ("ep-one", {"ep-one"}), (" ep-two , nothing ", {"ep-two"})],
)
def test_load_allow_list(
    entry_points: None, monkeypatch: pytest.MonkeyPatch, allow: str, loaded: set[str]
) -> None:
    monkeypatch.setenv("NEGOTEXT_LOAD_PLUGINS", allow)
    assert _names() & {"ep-one", "ep-two"} == loaded
    assert set(DEFAULT_PLUGINS) <= _names()  # built-ins are not entry points


def test_discovery_runs_once(entry_points: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEGOTEXT_LOAD_PLUGINS", raising=False)
    first = get_plugin_manager()
    monkeypatch.setattr(importlib.metadata, "distributions", lambda: pytest.fail("rescanned"))
    assert get_plugin_manager() is first


def test_entry_point_that_fails_to_import_is_named(
    fresh_manager: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NEGOTEXT_LOAD_PLUGINS", raising=False)
    fake = [FakeDistribution("broken", "1", {"ep-broken": "negotext_no_such_module_xyz"})]
    monkeypatch.setattr(importlib.metadata, "distributions", lambda: iter(fake))
    with pytest.raises(PluginError, match=r"plugin 'ep-broken': could not be imported") as info:
        get_plugin_manager()
    assert isinstance(info.value.__cause__, ImportError)


def test_misspelt_hook_fails_loudly(fresh_manager: None, monkeypatch: pytest.MonkeyPatch) -> None:
    module = types.ModuleType("negotext_test_misspelt")

    @hookimpl
    def negotext_extract_record(analysis: Analysis) -> None:  # no such hook
        return None

    module.negotext_extract_record = negotext_extract_record  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "negotext_test_misspelt", module)
    monkeypatch.delenv("NEGOTEXT_LOAD_PLUGINS", raising=False)
    fake = [FakeDistribution("misspelt", "1", {"ep-misspelt": "negotext_test_misspelt"})]
    monkeypatch.setattr(importlib.metadata, "distributions", lambda: iter(fake))
    with pytest.raises(pluggy.PluginValidationError, match="negotext_extract_record"):
        get_plugin_manager()


def test_disable_list_from_the_environment(
    fresh_manager: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(
        "NEGOTEXT_DISABLE_PLUGINS", "negotext.extractors.rounds, negotext.extractors.territory"
    )
    names = _names()
    assert "negotext.extractors.rounds" not in names
    assert "negotext.extractors.territory" not in names
    assert "negotext.extractors.statements" in names
    info = {p.name: p for p in list_plugins()}
    assert info["negotext.extractors.rounds"].enabled is False
    assert info["negotext.extractors.statements"].enabled is True
    enable_plugin("negotext.extractors.rounds")
    assert "negotext.extractors.rounds" in _names()


def test_disable_list_applies_to_entry_points(
    entry_points: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NEGOTEXT_LOAD_PLUGINS", raising=False)
    monkeypatch.setenv("NEGOTEXT_DISABLE_PLUGINS", "ep-two")
    assert "ep-one" in _names()
    assert "ep-two" not in _names()
    assert get_resources().lexicon("test_entry_point") == ("negotext_test_ep_one",)


def test_the_real_manager_is_back() -> None:
    """After the tests above, the process-wide manager holds the built-ins and no test plugin."""
    names = _names()
    assert set(DEFAULT_PLUGINS) <= names
    assert not {n for n in names if n.startswith(("test-", "ep-"))}


class WordPlugin:
    """A plugin whose lexicon is one word given at construction."""

    name = "test-word"

    def __init__(self, word: str) -> None:
        self.word = word

    @hookimpl
    def negotext_register_lexicon(self, register: Callable[[str, Iterable[str]], None]) -> None:
        register("test_word", [self.word])


def test_resources_follow_a_plugin_replaced_under_the_same_name() -> None:
    """Regression: resources were cached by plugin id, and a new plugin object could reuse
    the id of a freed one and be served its stale word lists."""
    pm = get_plugin_manager()
    for i in range(20):
        plugin = WordPlugin(f"w{i}")
        pm.register(plugin, name=WordPlugin.name)
        try:
            assert get_resources().lexicon("test_word") == (f"w{i}",)
        finally:
            pm.unregister(name=WordPlugin.name)
        del plugin  # freed at once: the next WordPlugin may get its id


def test_unknown_name_in_the_disable_list_fails_every_time(
    fresh_manager: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Regression: the first call raised, later calls returned a half-configured manager."""
    monkeypatch.setenv("NEGOTEXT_DISABLE_PLUGINS", "a-no-such-plugin,negotext.extractors.rounds")
    for _ in range(2):
        with pytest.raises(UnknownPluginError, match="unknown plugin 'a-no-such-plugin'") as info:
            get_plugin_manager()
        assert "negotext.extractors.rounds" in info.value.known
    monkeypatch.setenv("NEGOTEXT_DISABLE_PLUGINS", "negotext.extractors.rounds")
    assert "negotext.extractors.rounds" not in _names()
