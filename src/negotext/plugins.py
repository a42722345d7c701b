"""The plugin manager: built-in plugins, entry-point discovery, enabling and disabling.

Built-ins are ordinary plugins, registered on the same manager and through
the same hooks as third-party code. Third-party plugins are found through the
entry-point group ``negotext`` the first time the manager is needed.

Environment:

- ``NEGOTEXT_LOAD_PLUGINS``: a comma-separated allow-list of entry-point
  plugin names to load (empty string: load none).
- ``NEGOTEXT_DISABLE_PLUGINS``: comma-separated names of plugins (built-in or
  not) to disable.
"""

from __future__ import annotations

import functools
import importlib
import importlib.metadata
import os
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import attrs
import pluggy

from negotext import hookspecs
from negotext.ar.formats import Formats
from negotext.ar.gazetteer import ENTRY_TYPES, Gazetteer, entry_type
from negotext.ar.normalize import normalize_text
from negotext.records import Record

__all__ = [
    "DEFAULT_PLUGINS",
    "PluginError",
    "PluginInfo",
    "Resources",
    "UnknownPluginError",
    "disable_plugin",
    "enable_plugin",
    "get_plugin_manager",
    "get_resources",
    "list_plugins",
]

#: Built-in plugin modules, registered in this order (pluggy calls the last first).
DEFAULT_PLUGINS: tuple[str, ...] = (
    "negotext.records",
    "negotext.ar.builtin_data",
    "negotext.extractors.statements",
    "negotext.extractors.rounds",
    "negotext.extractors.exchanges",
    "negotext.extractors.territory",
)

ENTRY_POINT_GROUP = "negotext"


class PluginError(Exception):
    """A plugin failed or misbehaved; the message names the plugin."""

    def __init__(self, plugin: str, message: str) -> None:
        super().__init__(f"plugin {plugin!r}: {message}")
        self.plugin = plugin


class UnknownPluginError(KeyError):
    """A plugin name that no registered or disabled plugin has."""

    def __init__(self, name: str, known: Iterable[str]) -> None:
        self.name = name
        self.known = sorted(known)
        super().__init__(name)

    def __str__(self) -> str:
        return f"unknown plugin {self.name!r}; known plugins: {', '.join(self.known)}"


_pm: pluggy.PluginManager | None = None
_disabled: dict[str, object] = {}
#: The distribution version of each plugin loaded from an entry point, by plugin name.
_versions: dict[str, str] = {}


def _env_names(variable: str) -> set[str] | None:
    value = os.environ.get(variable)
    if value is None:
        return None
    return {name.strip() for name in value.split(",") if name.strip()}


def _load_entry_points(pm: pluggy.PluginManager) -> None:
    """Register plugins from the ``negotext`` entry-point group, honouring the allow-list."""
    allowed = _env_names("NEGOTEXT_LOAD_PLUGINS")
    for dist in importlib.metadata.distributions():
        for ep in dist.entry_points:
            if ep.group != ENTRY_POINT_GROUP:
                continue
            if allowed is not None and ep.name not in allowed:
                continue
            if pm.get_plugin(ep.name) is not None or pm.is_blocked(ep.name):
                continue
            try:
                plugin = ep.load()
            except Exception as error:
                raise PluginError(ep.name, f"could not be imported: {error}") from error
            pm.register(plugin, name=ep.name)
            _versions[ep.name] = dist.version


def get_plugin_manager() -> pluggy.PluginManager:
    """The process-wide plugin manager, built and loaded on first use."""
    global _pm
    if _pm is None:
        pm = pluggy.PluginManager(hookspecs.PROJECT_NAME)
        pm.add_hookspecs(hookspecs)
        for module_name in DEFAULT_PLUGINS:
            pm.register(importlib.import_module(module_name), name=module_name)
        _load_entry_points(pm)
        pm.check_pending()
        to_disable = sorted(_env_names("NEGOTEXT_DISABLE_PLUGINS") or ())
        unknown = [name for name in to_disable if name not in _known_names(pm)]
        if unknown:
            # Before the manager is kept: every call fails alike, none half-configured.
            raise UnknownPluginError(unknown[0], _known_names(pm))
        _pm = pm
        for name in to_disable:
            disable_plugin(name)
    return _pm


def _known_names(pm: pluggy.PluginManager) -> set[str]:
    return {name for name, _ in pm.list_name_plugin() if name} | set(_disabled)


def disable_plugin(name: str) -> None:
    """Stop using plugin ``name`` until :func:`enable_plugin` is called."""
    pm = get_plugin_manager()
    plugin = pm.get_plugin(name)
    if plugin is None:
        if name in _disabled:
            return
        raise UnknownPluginError(name, _known_names(pm))
    pm.unregister(plugin)
    _disabled[name] = plugin


def enable_plugin(name: str) -> None:
    """Use a plugin disabled with :func:`disable_plugin` again."""
    pm = get_plugin_manager()
    if pm.get_plugin(name) is not None:
        return
    if name not in _disabled:
        raise UnknownPluginError(name, _known_names(pm))
    pm.register(_disabled.pop(name), name=name)


@attrs.frozen
class PluginInfo:
    """A plugin as ``negotext plugins`` shows it."""

    name: str
    hooks: tuple[str, ...]
    version: str | None
    enabled: bool


def _version_of(name: str) -> str | None:
    if name in _versions:
        return _versions[name]
    if name.startswith("negotext."):
        from negotext import __version__

        return __version__
    return None


def _hooks_of(plugin: object) -> tuple[str, ...]:
    return tuple(
        sorted(
            attribute
            for attribute in dir(plugin)
            if attribute.startswith("negotext_") and callable(getattr(plugin, attribute))
        )
    )


def list_plugins() -> list[PluginInfo]:
    """Every plugin, enabled or disabled, with the hooks it implements and its version."""
    pm = get_plugin_manager()
    infos = [
        PluginInfo(name, _hooks_of(plugin), _version_of(name), True)
        for name, plugin in pm.list_name_plugin()
        if name
    ]
    infos += [
        PluginInfo(name, _hooks_of(plugin), _version_of(name), False)
        for name, plugin in _disabled.items()
    ]
    return sorted(infos, key=lambda info: info.name)


def call_each(hook_name: str, make_register: Callable[[str], Callable[..., None]]) -> None:
    """Call a registration hook plugin by plugin, each with its own ``register``.

    Plugins are called in registration order, built-ins first, so a conflict
    (a record type name taken twice) is blamed on the plugin that came later.
    An exception inside a plugin is re-raised as a :class:`PluginError` that
    names it, with the original as ``__cause__``.
    """
    pm = get_plugin_manager()
    caller = getattr(pm.hook, hook_name)
    for impl in caller.get_hookimpls():
        register = make_register(impl.plugin_name)
        try:
            impl.function(register=register)
        except PluginError:
            raise
        except Exception as error:
            raise PluginError(impl.plugin_name, f"{hook_name} failed: {error}") from error


class Resources:
    """What plugins contribute once for all documents: gazetteer, negotiation formats,
    word lists, record types.

    Built lazily from the registration hooks and rebuilt when the set of
    registered plugins changes.
    """

    def __init__(self) -> None:
        self._entries: dict[str, list[Mapping[str, Any]]] | None = None
        self._gazetteer: Gazetteer | None = None
        self._formats: Formats | None = None
        self._lexicons: dict[str, tuple[str, ...]] | None = None
        self._record_types: dict[str, type[Record]] | None = None
        self._word_sets: dict[str, frozenset[str]] = {}
        self._plugins: tuple[object, ...] = ()

    def _gazetteer_entries(self) -> dict[str, list[Mapping[str, Any]]]:
        """Every entry registered through ``negotext_register_gazetteer``, by its ``type``
        (``"entity"`` or ``"format"``), each tagged with the plugin that registered it."""
        if self._entries is None:
            entries: dict[str, list[Mapping[str, Any]]] = {what: [] for what in ENTRY_TYPES}

            def make_register(plugin: str) -> Callable[[Mapping[str, Any]], None]:
                def register(entry: Mapping[str, Any]) -> None:
                    if not isinstance(entry, Mapping):
                        raise PluginError(
                            plugin, f"gazetteer entry must be a mapping, got {entry!r}"
                        )
                    what = entry_type(entry)
                    if what not in entries:
                        raise PluginError(
                            plugin,
                            f"gazetteer entry {entry.get('name')!r}: type must be one of "
                            f"{list(ENTRY_TYPES)} (absent: entity), got {what!r}",
                        )
                    entries[what].append({**entry, "plugin": plugin})

                return register

            call_each("negotext_register_gazetteer", make_register)
            self._entries = entries
        return self._entries

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = Gazetteer(
                self._gazetteer_entries()["entity"],
                fallback_cues=self.lexicons.get("fallback_place_cues", ()),
            )
        return self._gazetteer

    @property
    def formats(self) -> Formats:
        """The negotiation formats: gazetteer entries with ``"type": "format"``."""
        if self._formats is None:
            self._formats = Formats(self._gazetteer_entries()["format"])
        return self._formats

    @property
    def lexicons(self) -> dict[str, tuple[str, ...]]:
        if self._lexicons is None:
            lexicons: dict[str, dict[str, None]] = {}

            def make_register(plugin: str) -> Callable[[str, Iterable[str]], None]:
                def register(lexicon: str, words: Iterable[str]) -> None:
                    if not isinstance(lexicon, str) or not lexicon:
                        raise PluginError(
                            plugin, f"lexicon name must be a non-empty str, got {lexicon!r}"
                        )
                    if isinstance(words, str):
                        raise PluginError(
                            plugin, f"lexicon {lexicon!r}: words must be a list, not a str"
                        )
                    target = lexicons.setdefault(lexicon, {})
                    for word in words:
                        if not isinstance(word, str) or not word.strip():
                            raise PluginError(plugin, f"lexicon {lexicon!r}: bad word {word!r}")
                        target[normalize_text(word.strip())] = None

                return register

            call_each("negotext_register_lexicon", make_register)
            self._lexicons = {name: tuple(words) for name, words in lexicons.items()}
        return self._lexicons

    def lexicon(self, name: str) -> tuple[str, ...]:
        """The normalised words of lexicon ``name`` (empty when no plugin registered it)."""
        return self.lexicons.get(name, ())

    def word_set(self, name: str) -> frozenset[str]:
        """Lexicon ``name`` as a set, for membership tests; built once, not per document."""
        if name not in self._word_sets:
            self._word_sets[name] = frozenset(self.lexicon(name))
        return self._word_sets[name]

    @property
    def record_types(self) -> dict[str, type[Record]]:
        if self._record_types is None:
            types: dict[str, type[Record]] = {}

            def make_register(plugin: str) -> Callable[[type[Record]], None]:
                def register(record_type: type[Record]) -> None:
                    if not (isinstance(record_type, type) and issubclass(record_type, Record)):
                        raise PluginError(plugin, f"{record_type!r} is not a Record subclass")
                    name = record_type.type
                    if name in types and types[name] is not record_type:
                        raise PluginError(
                            plugin,
                            f"record type {name!r} is already registered by {types[name].__module__}",
                        )
                    types[name] = record_type

                return register

            call_each("negotext_register_record_types", make_register)
            self._record_types = types
        return self._record_types


@functools.lru_cache(maxsize=8)
def _resources_for(signature: tuple[tuple[str, int], ...]) -> Resources:
    return Resources()


def get_resources() -> Resources:
    """The resources for the plugins registered now."""
    pm = get_plugin_manager()
    named = [(name, plugin) for name, plugin in pm.list_name_plugin() if name]
    resources = _resources_for(tuple((name, id(plugin)) for name, plugin in named))
    # The cached entry keeps its plugins alive, so that no other plugin object
    # can be given the same id (and be served these resources) while it is cached.
    resources._plugins = tuple(plugin for _, plugin in named)
    return resources
