"""Schemathesis against the OpenAPI schema: no generated input gets a 500.

Every operation is called with a valid key, so the generated bodies, paths and queries
reach the handlers instead of stopping at 401.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings

from leadqual.web import create_app
from web_support import delivery_toml, make_key, settings_for

_DIR = Path(tempfile.mkdtemp(prefix="leadqual-schema-"))
_DB = f"sqlite:///{_DIR / 'schema.db'}"
KEY = make_key(_DB)
# No sinks: the property is about the API's answers, not about deliveries.
APP = create_app(settings_for(_DB, delivery_toml(_DIR / "delivery.toml", None, sinks=())))
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


@pytest.fixture(scope="module", autouse=True)
def _running() -> Iterator[None]:
    with TestClient(APP):  # runs the lifespan: database, intake writer, worker
        yield


@schema.parametrize()
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_error_on_any_generated_input(case: schemathesis.Case) -> None:
    response = case.call(headers={"Authorization": f"Bearer {KEY}"})
    assert response.status_code < 500, (case.method, case.path, response.status_code, response.text[:500])
