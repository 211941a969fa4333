"""Extractors by name: built-ins load lazily; add-ons register through entry points.

Third-party packages add an extractor with an entry point in the group
``leadqual.extractors`` whose value is a factory ``(**options) -> Extractor``.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from importlib.metadata import entry_points
from typing import Any

from leadqual.errors import ConfigError
from leadqual.extractors.base import Extraction, Extractor, Usage

__all__ = ["Extraction", "Extractor", "Usage", "available_extractors", "create_extractor",
           "register_extractor"]

Factory = Callable[..., Extractor]

# Built-ins as "module:attribute" so that an optional SDK is imported only when used.
_BUILTINS: dict[str, str] = {
    "rules": "leadqual.extractors.rules:RulesExtractor",
    "claude": "leadqual.extractors.anthropic:ClaudeExtractor",
    "openai": "leadqual.extractors.openai:OpenAIExtractor",
    "cascade": "leadqual.extractors.cascade:CascadeExtractor",
    "fake": "leadqual.extractors.fake:ScriptedExtractor",
}
_REGISTERED: dict[str, Factory] = {}


def register_extractor(name: str, factory: Factory) -> None:
    """Make ``factory`` available as ``--extractor NAME``."""
    _REGISTERED[name] = factory


def _plugin_factories() -> dict[str, str]:
    return {ep.name: ep.value for ep in entry_points(group="leadqual.extractors")}


def available_extractors() -> list[str]:
    """Names accepted by :func:`create_extractor`."""
    return sorted({*_BUILTINS, *_REGISTERED, *_plugin_factories()})


def _load(target: str) -> Factory:
    module, _, attribute = target.partition(":")
    factory: Factory = getattr(import_module(module), attribute)
    return factory


def create_extractor(name: str, **options: Any) -> Extractor:
    """Build the extractor called ``name`` with its options (model, base_url, ...)."""
    if name in _REGISTERED:
        return _REGISTERED[name](**options)
    target = _BUILTINS.get(name) or _plugin_factories().get(name)
    if target is None:
        raise ConfigError(
            f"unknown extractor {name!r}: choose one of {', '.join(available_extractors())}"
        )
    return _load(target)(**options)
