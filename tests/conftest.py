"""Shared fixtures: a private data directory for every test run, and databases.

``engine`` runs a test twice, on a fresh SQLite file and on a fresh PostgreSQL schema
(``LEADQUAL_TEST_POSTGRES_URL``, default the local server). PostgreSQL tests skip when
the server is down, except under ``CI=true``, where they fail instead.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, text

from leadqual.pipeline import Metadata, Qualification
from leadqual.scoring import Score, default_policy
from leadqual.settings import get_settings
from leadqual.signals import Signals
from leadqual.store import make_engine, upgrade

POSTGRES_URL = os.environ.get(
    "LEADQUAL_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


@pytest.fixture(autouse=True, scope="session")
def _private_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Keep `leadqual qualify` (which stores by default) out of the user's data directory."""
    saved = {k: os.environ.get(k) for k in ("LEADQUAL_DATA_DIR", "LEADQUAL_DATABASE_URL")}
    os.environ["LEADQUAL_DATA_DIR"] = str(tmp_path_factory.mktemp("leadqual-data"))
    os.environ.pop("LEADQUAL_DATABASE_URL", None)
    get_settings.cache_clear()
    yield
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value
    get_settings.cache_clear()


def _postgres_or_skip() -> None:
    try:
        probe = create_engine(POSTGRES_URL)
        with probe.connect():
            pass
        probe.dispose()
    except Exception as exc:
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL at {POSTGRES_URL} is required under CI=true: {exc}")
        pytest.skip(f"PostgreSQL not reachable at {POSTGRES_URL}: {exc}")


@pytest.fixture
def postgres_schema_url() -> Iterator[tuple[str, dict[str, str]]]:
    """A fresh, empty PostgreSQL schema: (URL, connect_args), dropped afterwards."""
    _postgres_or_skip()
    schema = f"lq_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield POSTGRES_URL, {"options": f"-csearch_path={schema}"}
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def _sqlite_engine(tmp_path: Path) -> Engine:
    return make_engine(f"sqlite:///{tmp_path / 'test.db'}")


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> str:
    """Which database a test runs on."""
    return str(request.param)


@pytest.fixture
def empty_engine(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Engine]:
    """An engine on a database with no tables at all (SQLite file or PostgreSQL schema)."""
    if backend == "sqlite":
        engine = _sqlite_engine(tmp_path)
    else:
        url, connect_args = request.getfixturevalue("postgres_schema_url")
        engine = make_engine(url, connect_args=connect_args)
    yield engine
    engine.dispose()


@pytest.fixture
def engine(empty_engine: Engine) -> Engine:
    """An engine on a freshly migrated database, private to this test."""
    upgrade(empty_engine)
    return empty_engine


@pytest.fixture
def db_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """A URL for CLI tests: a SQLite file, or a PostgreSQL schema set via the URL's options."""
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'cli.db'}"
    url, connect_args = request.getfixturevalue("postgres_schema_url")
    # libpq reads "options" from the query string, so the CLI sees the private schema too.
    return f"{url}?options={connect_args['options'].replace('=', '%3D')}"


QualificationFactory = Callable[..., Qualification]


@pytest.fixture
def make_qualification() -> QualificationFactory:
    """Build a Qualification with a chosen total (tier from the default policy)."""
    def build(lead_id: str, total: int = 60, *, fallback: bool = False, model: str | None = None,
              calls: list[dict[str, Any]] | None = None, cost_usd: float | None = None,
              signals: Signals | None = None) -> Qualification:
        policy = default_policy()
        low, high = policy.review.band
        tier = policy.tier_for(total)
        extra: dict[str, Any] = {"calls": calls} if calls is not None else {}
        return Qualification(
            id=lead_id,
            score=Score(total=total, tier=tier, breakdown={"budget": total, "authority": 0, "need": 0,
                                                            "timeline": 0},
                        sla=getattr(policy.sla, tier), needs_review=fallback or low <= total <= high),
            signals=signals or Signals(),
            metadata=Metadata(lead_id=lead_id, extractor="claude" if model else "rules", model=model,
                              policy_version=policy.version, fallback=fallback,
                              error="model down" if fallback else None, cost_usd=cost_usd, **extra),
        )
    return build
