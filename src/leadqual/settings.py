"""Settings from the environment (``LEADQUAL_*``), with defaults that work offline.

Each module that needs a setting reads it from :func:`get_settings`; tests build a
``Settings(...)`` of their own instead of touching the environment.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from platformdirs import user_data_dir
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Every knob leadqual reads from the environment. Add fields here, one per setting."""

    model_config = SettingsConfigDict(env_prefix="LEADQUAL_", extra="ignore")

    data_dir: Path = Field(default_factory=lambda: Path(user_data_dir("leadqual")))
    """Where the default SQLite database and other local state live."""
    database_url: str | None = None
    """SQLAlchemy URL; default: a SQLite file in ``data_dir``."""
    report_target_close_rate: float = Field(default=0.60, ge=0, le=1)
    """The HOT close rate (won / decided) that reports measure against."""
    report_drift_margin: float = Field(default=0.15, ge=0, le=1)
    """A weekly move of the HOT close rate or of a tier's share beyond this warns."""
    report_min_decided: int = Field(default=30, ge=1)
    """Decided leads needed before calibration fits a win probability."""
    max_conversation_chars: int = 200_000
    prices: dict[str, tuple[float, float]] = Field(default_factory=dict)
    """Model prices in USD per million (input, output) tokens, over the built-in table
    (``LEADQUAL_PRICES='{"model": [1.0, 5.0]}'``)."""
    cascade_first: str = "rules"
    """The cascade's cheap first stage: an extractor name (``rules``, ``openai``, ...)."""
    cascade_first_model: str | None = None
    cascade_strong: str = "claude"
    """The cascade's strong stage, used when the first reading must be escalated."""
    cascade_escalate: str = "hot,borderline,sparse"
    """When the cascade escalates: any of hot, borderline, sparse, always (comma list)."""

    def resolved_database_url(self) -> str:
        """The database URL to use: the setting, or the default SQLite file."""
        if self.database_url:
            return self.database_url
        self.data_dir.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{self.data_dir / 'leadqual.db'}"


@cache
def get_settings() -> Settings:
    """The process-wide settings, read once from the environment."""
    return Settings()
