"""Service settings: ``LEADQUAL_SERVER_*`` environment variables or ``leadqual serve`` options."""

from __future__ import annotations

import re
from functools import cached_property
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from leadqual.errors import ConfigError
from leadqual.profile import Profile, load_profile

PROFILE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$")


class ServiceSettings(BaseSettings):
    """Everything the HTTP service reads besides the delivery settings."""

    model_config = SettingsConfigDict(env_prefix="LEADQUAL_SERVER_", extra="forbid")

    database_url: str | None = None
    """Default: ``LEADQUAL_DATABASE_URL`` or the SQLite file in the data directory."""
    profile: Path | None = None
    """The business profile used when a lead names none (required)."""
    profiles_dir: Path | None = None
    """Where named profiles live: a lead's ``"profile": "clinic"`` reads ``clinic.toml`` here."""
    extractor: str = "rules"
    policy: Path | None = None
    delivery_config: Path | None = None
    """Delivery TOML (else ``LEADQUAL_DELIVERY_CONFIG`` and ``LEADQUAL_DELIVERY_*``)."""
    max_body_bytes: int = Field(256 * 1024, ge=1024)
    """Bigger request bodies get 413 before they are read."""
    webhook_secret: str | None = None
    """Shared secret of ``X-Leadqual-Signature`` (HMAC-SHA256); unset: signatures refused."""
    signature_tolerance: int = Field(300, ge=1)
    """Seconds a signed request's timestamp may be off from now."""
    worker: bool = True
    """Qualify and deliver in this process (off: another process runs the worker)."""
    lease: float = Field(60.0, gt=0)
    """Seconds a claimed lead or delivery is left alone before another try takes it."""
    poll: float = Field(1.0, gt=0)
    key_cache_seconds: float = Field(30.0, ge=0)
    """How long a checked API key is trusted without a database look-up (revocation delay)."""

    @cached_property
    def default_profile(self) -> Profile:
        """The default profile, loaded once."""
        if self.profile is None:
            raise ConfigError("the service needs a default business profile: pass --profile FILE "
                              "or set LEADQUAL_SERVER_PROFILE")
        return load_profile(self.profile)

    def resolve_profile(self, name: str | None) -> Profile:
        """The profile a lead names (``None``: the default); ConfigError when unknown."""
        if name is None or (self.profile is not None and name in (self.profile.stem,
                                                                  self.default_profile.name)):
            return self.default_profile
        if not PROFILE_NAME.match(name) or ".." in name:
            raise ConfigError(f"profile name {name[:100]!r} is not valid: use letters, digits, _ . -")
        if self.profiles_dir is None:
            raise ConfigError(f"unknown profile {name!r}: this server has only its default profile "
                              "(start it with --profiles-dir DIR to accept named profiles)")
        path = self.profiles_dir / f"{name}.toml"
        if not path.is_file():
            raise ConfigError(f"unknown profile {name!r}: no {name}.toml in the server's profiles directory")
        return load_profile(path)
