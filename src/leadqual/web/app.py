"""The FastAPI application factory: ``create_app(settings)``.

The lifespan opens the database, builds the delivery sinks and starts the intake
writer and (unless ``worker=False``) the background qualifier and delivery loop; on
shutdown everything stops after its current batch, and anything unfinished stays in
the database for the next start.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from sqlalchemy import Engine, text

from leadqual import __version__
from leadqual.delivery import build_sinks, load_delivery_config, retry_policy
from leadqual.extractors import create_extractor
from leadqual.scoring import load_policy
from leadqual.store.engine import current_revision, head_revision, transaction
from leadqual.store.intake import pending_count
from leadqual.web.auth import KeyChecker
from leadqual.web.config import ServiceSettings
from leadqual.web.db import service_engine
from leadqual.web.intake import IntakeWriter
from leadqual.web.limits import BodyLimit
from leadqual.web.routes import router
from leadqual.web.schemas import LeadIn
from leadqual.worker import BackgroundWorker, OutboxDeliverer, Qualifier
from leadqual.worker.outbox import due_count

log = logging.getLogger("leadqual.web")


def _start(app: FastAPI, settings: ServiceSettings) -> None:
    state = app.state
    state.engine = service_engine(settings.database_url)
    state.keys = KeyChecker(state.engine, settings.key_cache_seconds)
    settings.resolve_profile(None)  # fail at start, not at the first lead, without a profile
    state.intake = IntakeWriter(state.engine).start()
    state.worker = build_worker(settings, state.engine).start() if settings.worker else None


def build_worker(settings: ServiceSettings, engine: Engine) -> BackgroundWorker:
    """The qualifier and the delivery loop as the settings say (not started yet)."""
    delivery = load_delivery_config(settings.delivery_config)
    sinks = build_sinks(delivery)
    qualifier = Qualifier(engine, settings.resolve_profile, create_extractor(settings.extractor),
                          load_policy(settings.policy), list(sinks), lease=settings.lease)
    deliverer = OutboxDeliverer(engine, sinks, retry_policy(delivery), lease=settings.lease)
    log.info("worker: extractor %s, sinks %s", settings.extractor, ", ".join(sinks) or "none")
    return BackgroundWorker(qualifier, deliverer, poll=settings.poll)


def _stop(app: FastAPI) -> None:
    state = app.state
    if getattr(state, "worker", None) is not None:
        state.worker.stop()
    if getattr(state, "intake", None) is not None:
        state.intake.stop()
    if getattr(state, "engine", None) is not None:
        state.engine.dispose()


def create_app(settings: ServiceSettings | None = None) -> FastAPI:
    """The leadqual HTTP service (started by ``leadqual serve``)."""
    settings = settings or ServiceSettings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        _start(app, settings)
        try:
            yield
        finally:
            _stop(app)

    app = FastAPI(title="leadqual", version=__version__, lifespan=lifespan,
                  description="Qualify sales leads from conversations: BANT signals with quotes, "
                              "a score, a tier; delivered to your CRM.")
    app.state.settings = settings
    app.include_router(router)
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)

    @app.get("/healthz", tags=["ops"])
    def healthz() -> dict[str, str]:
        """The process is up."""
        return {"status": "ok"}

    @app.get("/readyz", tags=["ops"], responses={503: {"description": "Not ready"}})
    def readyz(request: Request) -> JSONResponse:
        """The database answers and is at the current schema; queue depths."""
        engine = request.app.state.engine
        try:
            with transaction(engine) as session:
                session.execute(text("SELECT 1"))
                waiting = pending_count(session)
            if current_revision(engine) != head_revision():
                return JSONResponse({"status": "database schema is behind: run leadqual db upgrade"}, 503)
            deliveries = due_count(engine)
        except Exception as exc:
            return JSONResponse({"status": f"database unavailable: {type(exc).__name__}"}, 503)
        return JSONResponse({"status": "ready", "pending_leads": waiting, "pending_deliveries": deliveries,
                             "worker": request.app.state.worker is not None})

    _register_lead_schema(app)
    return app


def _register_lead_schema(app: FastAPI) -> None:
    # POST /v1/leads reads the raw body (to check a signature over the exact bytes), so its
    # schema is added to the OpenAPI document by hand.
    original = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = original()
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        lead_schema = LeadIn.model_json_schema(ref_template="#/components/schemas/{model}")
        for name, definition in lead_schema.pop("$defs", {}).items():
            components.setdefault(name, definition)
        components["LeadIn"] = lead_schema
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
