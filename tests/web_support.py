"""Helpers shared by the service tests: a configured app, an API key, waiting."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from leadqual.store import create_api_key, transaction
from leadqual.web import ServiceSettings
from leadqual.web.db import service_engine

ROOT = Path(__file__).resolve().parents[1]
PROFILE = ROOT / "examples" / "profiles" / "home-services.toml"
PROFILES = ROOT / "examples" / "profiles"
SECRET = "webhook-secret"
T = TypeVar("T")


def make_key(db_url: str, name: str = "tests") -> str:
    """Create an API key in the database at ``db_url`` (migrating it first)."""
    engine = service_engine(db_url)
    try:
        with transaction(engine) as session:
            return create_api_key(session, name)
    finally:
        engine.dispose()


def delivery_toml(path: Path, crm_url: str | None, *, sinks: tuple[str, ...] = ("crm",),
                  extra: str = "") -> Path:
    """A delivery settings file sending to the fake CRM with quick retries."""
    lines = ["[delivery]", f"sinks = {list(sinks)!r}".replace("'", '"'),
             "[delivery.retry]", "max_attempts = 30", "base_delay = 0.01", "max_delay = 0.05"]
    if crm_url:
        lines += ["[delivery.crm]", f'base_url = "{crm_url}"', "timeout = 2.0"]
    path.write_text("\n".join(lines) + "\n" + extra, "utf-8")
    return path


def settings_for(db_url: str, delivery: Path, **overrides: object) -> ServiceSettings:
    """Service settings for tests: quick polls, a webhook secret, the example profiles."""
    values: dict[str, object] = {
        "database_url": db_url, "profile": PROFILE, "profiles_dir": PROFILES, "webhook_secret": SECRET,
        "delivery_config": delivery, "poll": 0.05, "lease": 2.0, **overrides}
    return ServiceSettings(**values)  # type: ignore[arg-type]


def wait_for(check: Callable[[], T | None], timeout: float = 30.0, what: str = "condition") -> T:
    """Poll ``check`` until it returns something truthy."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = check()
        if result:
            return result
        time.sleep(0.05)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")
