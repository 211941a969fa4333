"""Delivery settings: which sinks, where they are, and how tiers map to CRM stages.

Read from a TOML file (``[delivery]`` table, or the whole file) and from the
environment, the environment winning. Environment names are ``LEADQUAL_DELIVERY_`` plus
the key, with ``__`` between levels::

    LEADQUAL_DELIVERY_SINKS=crm,hubspot,slack
    LEADQUAL_DELIVERY_CRM__BASE_URL=https://crm.example.com
    LEADQUAL_DELIVERY_HUBSPOT__TOKEN=pat-...
    LEADQUAL_DELIVERY_SLACK__WEBHOOK_URL=https://hooks.slack.com/services/...
    LEADQUAL_DELIVERY_CONFIG=/etc/leadqual/delivery.toml   # the TOML file

A TOML file::

    [delivery]
    sinks = ["crm", "slack"]
    [delivery.tiers.stage]
    hot = "SQL"                     # the other tiers keep their defaults
    [delivery.crm]
    base_url = "https://crm.example.com"
    token = "..."
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, PydanticBaseSettingsSource, SettingsConfigDict

from leadqual.errors import ConfigError
from leadqual.scoring import TIERS

DEFAULT_STAGES: dict[str, str] = {"hot": "Sales Qualified", "warm": "Marketing Qualified",
                                  "cold": "Nurture", "disqualified": "Closed Lost"}
DEFAULT_PRIORITIES: dict[str, str] = {"hot": "urgent", "warm": "high", "cold": "normal",
                                      "disqualified": "low"}
CONFIG_ENV = "LEADQUAL_DELIVERY_CONFIG"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _check_tiers(mapping: Mapping[str, Any], where: str) -> None:
    unknown = [key for key in mapping if key not in TIERS]
    if unknown:
        raise ValueError(f"{where} has unknown tiers {unknown}: use {list(TIERS)}")


class TierRouting(_Strict):
    """Tier -> pipeline stage and priority; a partial map keeps the other defaults."""

    stage: dict[str, str] = Field(default_factory=lambda: dict(DEFAULT_STAGES))
    priority: dict[str, str] = Field(default_factory=lambda: dict(DEFAULT_PRIORITIES))

    @field_validator("stage", mode="after")
    @classmethod
    def _fill_stage(cls, value: dict[str, str]) -> dict[str, str]:
        _check_tiers(value, "delivery.tiers.stage")
        return {**DEFAULT_STAGES, **value}

    @field_validator("priority", mode="after")
    @classmethod
    def _fill_priority(cls, value: dict[str, str]) -> dict[str, str]:
        _check_tiers(value, "delivery.tiers.priority")
        return {**DEFAULT_PRIORITIES, **value}

    def route(self, tier: str) -> tuple[str, str]:
        """The (stage, priority) of a tier."""
        return self.stage[tier], self.priority[tier]


class CrmSettings(_Strict):
    """The generic REST CRM: ``POST {base_url}{path}``."""

    base_url: str | None = None
    token: str | None = None
    path: str = "/api/leads"
    timeout: float = 10.0


class HubSpotSettings(_Strict):
    """HubSpot CRM v3 (private app token)."""

    base_url: str = "https://api.hubapi.com"
    token: str | None = None
    property_prefix: str = "leadqual_"
    """Custom deal properties: ``{prefix}id`` (unique), score, tier, stage, priority, sla."""
    pipeline: str = "default"
    dealstages: dict[str, str] = Field(default_factory=dict)
    """Tier -> HubSpot internal deal stage id (e.g. ``qualifiedtobuy``); unset: not sent."""
    timeout: float = 10.0

    @field_validator("dealstages")
    @classmethod
    def _tiers(cls, value: dict[str, str]) -> dict[str, str]:
        _check_tiers(value, "delivery.hubspot.dealstages")
        return value


class PipedriveSettings(_Strict):
    """Pipedrive API v1 (API token)."""

    base_url: str = "https://api.pipedrive.com"
    api_token: str | None = None
    label_ids: dict[str, list[str]] = Field(default_factory=dict)
    """Tier -> lead label UUIDs (``GET /v1/leadLabels``)."""
    currency: str = "USD"
    timeout: float = 10.0

    @field_validator("label_ids")
    @classmethod
    def _tiers(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        _check_tiers(value, "delivery.pipedrive.label_ids")
        return value


class SlackSettings(_Strict):
    """A Slack incoming webhook."""

    webhook_url: str | None = None
    notify_warm: bool = False
    timeout: float = 10.0


class RetrySettings(_Strict):
    """Retry policy knobs (see :class:`leadqual.delivery.retry.RetryPolicy`)."""

    max_attempts: int = Field(8, ge=1)
    base_delay: float = Field(1.0, ge=0)
    factor: float = Field(2.0, ge=1)
    max_delay: float = Field(300.0, ge=0)


class DeliveryConfig(BaseSettings):
    """Everything delivery reads. Build with :func:`load_delivery_config`."""

    model_config = SettingsConfigDict(env_prefix="LEADQUAL_DELIVERY_", env_nested_delimiter="__",
                                      extra="forbid")

    sinks: Annotated[list[str], NoDecode] = Field(default_factory=list)
    """Sink names, several at once: crm, hubspot, pipedrive, slack (or an add-on's)."""
    tiers: TierRouting = Field(default_factory=TierRouting)
    crm: CrmSettings = Field(default_factory=CrmSettings)
    hubspot: HubSpotSettings = Field(default_factory=HubSpotSettings)
    pipedrive: PipedriveSettings = Field(default_factory=PipedriveSettings)
    slack: SlackSettings = Field(default_factory=SlackSettings)
    retry: RetrySettings = Field(default_factory=RetrySettings)

    @field_validator("sinks", mode="before")
    @classmethod
    def _split(cls, value: Any) -> Any:
        # The environment gives "crm,slack"; TOML gives a list.
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # The file's values come in as init arguments; the environment overrides them.
        return env_settings, init_settings


def load_delivery_config(path: str | Path | None = None) -> DeliveryConfig:
    """Read the TOML file (``path`` or ``$LEADQUAL_DELIVERY_CONFIG``) under the environment."""
    path = path or os.environ.get(CONFIG_ENV)
    data: dict[str, Any] = {}
    if path:
        path = Path(path)
        try:
            parsed = tomllib.loads(path.read_text("utf-8"))
        except FileNotFoundError as exc:
            raise ConfigError(f"delivery config {path} does not exist: fix {CONFIG_ENV} or the path") \
                from exc
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"delivery config {path} is not valid UTF-8 TOML: {exc}") from exc
        data = parsed.get("delivery", parsed)
    try:
        return DeliveryConfig(**data)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc']) or '(top)'}: {e['msg']}"
                             for e in exc.errors())
        raise ConfigError(f"invalid delivery settings ({path or 'environment'}): {problems}. "
                          "See leadqual.delivery.config for the keys.") from exc
