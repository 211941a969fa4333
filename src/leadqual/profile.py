"""Business profiles: what the business sells decides fit and red flags."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from leadqual.errors import ProfileError


class Profile(BaseModel):
    """A business profile (TOML), as in the data contract.

    The contract's keys come first; the rest are optional keys the rules extractor reads
    to judge fit more finely. Unknown keys are errors, so a typo is caught at load time.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    offering: str
    currency: str = "USD"
    keywords: list[str] = Field(default_factory=list)
    service_area: list[str] = Field(default_factory=list)
    disqualify: list[str] = Field(default_factory=list)
    related: list[str] = Field(default_factory=list)
    """Needs the business covers only partly or vaguely (a possible fit)."""
    not_offered: list[str] = Field(default_factory=list)
    """Needs the business does not serve (a poor fit)."""
    timezone: str = "UTC"

    @field_validator("currency")
    @classmethod
    def _upper(cls, value: str) -> str:
        value = value.strip().upper()
        if len(value) != 3 or not value.isalpha():
            raise ValueError(f"currency must be an ISO 4217 code such as ILS or USD, not {value!r}")
        return value


def profile_from_dict(data: dict[str, Any], source: str = "profile") -> Profile:
    """Validate a profile given as a mapping; errors name the key and the fix."""
    try:
        return Profile.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or '(top)'}: {err['msg']}"
            for err in exc.errors()
        )
        raise ProfileError(
            f"{source} is not a valid business profile: {problems}. "
            "A profile needs at least name and offering (see spec/data-contract.md)."
        ) from exc


def load_profile(path: str | Path) -> Profile:
    """Load a business profile from a TOML file."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except FileNotFoundError as exc:
        raise ProfileError(
            f"profile file {path} does not exist: pass --profile with a TOML file "
            "such as examples/profiles/home-services.toml"
        ) from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ProfileError(f"profile file {path} is not valid UTF-8 TOML: {exc}") from exc
    return profile_from_dict(data, source=str(path))
