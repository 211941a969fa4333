"""Sinks by name: built-ins load lazily; add-ons register through entry points.

An add-on adds a sink with an entry point in the group ``leadqual.sinks`` whose value
is a factory ``(config: DeliveryConfig, *, transport=None) -> Sink``.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from importlib.metadata import entry_points
from typing import Any

import httpx

from leadqual.delivery.base import Sink
from leadqual.delivery.config import DeliveryConfig, load_delivery_config
from leadqual.delivery.retry import RetryPolicy
from leadqual.errors import ConfigError

SinkFactory = Callable[..., Sink]

# "module:attribute" so that slack-sdk is imported only when the slack sink is used.
_BUILTINS: dict[str, str] = {
    "crm": "leadqual.delivery.crm:RestCrmSink.from_config",
    "hubspot": "leadqual.delivery.hubspot:HubSpotSink.from_config",
    "pipedrive": "leadqual.delivery.pipedrive:PipedriveSink.from_config",
    "slack": "leadqual.delivery.slack:SlackNotifier.from_config",
}
_REGISTERED: dict[str, SinkFactory] = {}


def register_sink(name: str, factory: SinkFactory) -> None:
    """Make ``factory`` available as the sink ``name`` in ``delivery.sinks``."""
    _REGISTERED[name] = factory


def _plugins() -> dict[str, str]:
    return {ep.name: ep.value for ep in entry_points(group="leadqual.sinks")}


def available_sinks() -> list[str]:
    """Names accepted in ``delivery.sinks``."""
    return sorted({*_BUILTINS, *_REGISTERED, *_plugins()})


def _load(target: str) -> SinkFactory:
    module, _, path = target.partition(":")
    obj: Any = import_module(module)
    for part in path.split("."):
        obj = getattr(obj, part)
    factory: SinkFactory = obj
    return factory


def create_sink(name: str, config: DeliveryConfig | None = None, *,
                transport: httpx.BaseTransport | None = None) -> Sink:
    """Build the sink called ``name`` from the delivery settings."""
    config = config or load_delivery_config()
    if name in _REGISTERED:
        return _REGISTERED[name](config, transport=transport)
    target = _BUILTINS.get(name) or _plugins().get(name)
    if target is None:
        raise ConfigError(f"unknown sink {name!r} in delivery.sinks: choose from "
                          f"{', '.join(available_sinks())}")
    return _load(target)(config, transport=transport)


def build_sinks(config: DeliveryConfig | None = None, *,
                transport: httpx.BaseTransport | None = None) -> dict[str, Sink]:
    """Every sink chosen in the settings, by name, in the order given."""
    config = config or load_delivery_config()
    if len(set(config.sinks)) != len(config.sinks):
        raise ConfigError(f"delivery.sinks names a sink twice: {config.sinks}")
    return {name: create_sink(name, config, transport=transport) for name in config.sinks}


def retry_policy(config: DeliveryConfig | None = None) -> RetryPolicy:
    """The retry policy of the delivery settings."""
    r = (config or load_delivery_config()).retry
    return RetryPolicy(max_attempts=r.max_attempts, base_delay=r.base_delay, factor=r.factor,
                       max_delay=r.max_delay)
