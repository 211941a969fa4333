"""The JSON API: intake, lead status, outcome, review, report, deliveries.

Intake (``POST /v1/leads``) is async and never waits on anything but the group commit;
the others are plain functions that FastAPI runs on its thread pool.
"""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from pydantic import ValidationError
from sqlalchemy import select

from leadqual.errors import ConfigError, InputError
from leadqual.leads import lead_from_dict
from leadqual.reports import ReportOptions, build_report
from leadqual.settings import get_settings
from leadqual.store import cost_by_model, decide_review, load_history, record_outcome, review_queue
from leadqual.store.deliveries import list_deliveries, retry_delivery
from leadqual.store.engine import transaction
from leadqual.store.intake import latest_intake
from leadqual.store.models import DeliveryRow, OutcomeRow, ReviewRow, now_utc, utc
from leadqual.store.outcomes import UnknownLead
from leadqual.store.qualifications import conversation_messages, conversation_sha256, lead_history
from leadqual.web.auth import SIGNATURE_HEADER, AuthError, verify_signature
from leadqual.web.schemas import Accepted, LeadIn, LeadOut, OutcomeIn, ReviewIn
from leadqual.worker.outbox import qualification_from_row

router = APIRouter(prefix="/v1")
UNAUTHORIZED: dict[int | str, dict[str, Any]] = {401: {"description": "Missing or wrong credentials"}}


def _unauthorized(exc: AuthError) -> HTTPException:
    return HTTPException(401, str(exc), headers={"WWW-Authenticate": "Bearer"})


def require_key(request: Request) -> None:
    """Dependency: a live API key in ``Authorization: Bearer``."""
    try:
        request.app.state.keys.check(request.headers.get("authorization"))
    except AuthError as exc:
        raise _unauthorized(exc) from exc


Authed = Annotated[None, Depends(require_key)]


async def _authenticate_intake(request: Request, body: bytes) -> None:
    state = request.app.state
    signature = request.headers.get(SIGNATURE_HEADER)
    try:
        if signature is not None:
            # A signature that is there must be right, even next to a good key.
            verify_signature(signature, body, state.settings.webhook_secret,
                             state.settings.signature_tolerance)
            return
        header = request.headers.get("authorization")
        if not state.keys.cached(header):
            await run_in_threadpool(state.keys.check, header)
    except AuthError as exc:
        raise _unauthorized(exc) from exc


@router.post("/leads", status_code=202, response_model=Accepted, responses={
    **UNAUTHORIZED, 200: {"model": Accepted, "description": "Already accepted (same id and conversation)"},
    413: {"description": "Body over the limit"}, 422: {"description": "Not a valid lead"}},
    openapi_extra={"requestBody": {"required": True, "content": {
        "application/json": {"schema": {"$ref": "#/components/schemas/LeadIn"}}}}})
async def post_lead(request: Request) -> JSONResponse:
    """Accept a lead: stored at once, qualified and delivered in the background.

    Authenticate with ``Authorization: Bearer KEY`` or an ``X-Leadqual-Signature``.
    The same id with the same conversation returns the stored record (200).
    """
    body = await request.body()
    await _authenticate_intake(request, body)
    try:
        record = json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise HTTPException(422, f"the body is not valid JSON: {exc}") from exc
    try:
        LeadIn.model_validate(record)
        lead = lead_from_dict(record)
        profile_name = lead.profile
        request.app.state.settings.resolve_profile(profile_name)
    except ValidationError as exc:
        raise HTTPException(422, json.loads(exc.json(include_url=False, include_input=False))) from exc
    except (InputError, ConfigError) as exc:
        raise HTTPException(422, str(exc)) from exc
    digest = conversation_sha256(conversation_messages(lead.conversation))
    try:
        saved = await request.app.state.intake.submit(lead.id, digest, record, profile_name)
    except Exception as exc:
        raise HTTPException(503, f"the lead could not be stored ({type(exc).__name__}); send it again") \
            from exc
    if saved.created and request.app.state.worker is not None:
        request.app.state.worker.wake()
    status = "pending" if saved.status == "pending" else ("qualified" if saved.status == "done" else "failed")
    answer = Accepted(id=lead.id, status=status, status_url=f"/v1/leads/{quote(lead.id, safe='')}",
                      duplicate=not saved.created)
    return JSONResponse(answer.model_dump(), status_code=202 if saved.created else 200)


def _lead_out(request: Request, lead_id: str) -> LeadOut:
    with transaction(request.app.state.engine) as session:
        intake = latest_intake(session, lead_id)
        history = lead_history(session, lead_id)
        if intake is None and not history:
            raise HTTPException(404, f"no lead has the id {lead_id!r}")
        status = {"pending": "pending", "failed": "failed"}.get(intake.status, "qualified") \
            if intake is not None else "qualified"
        out = LeadOut(id=lead_id, status=status, error=intake.error if intake else None)
        if history:
            latest = history[-1]
            record = qualification_from_row(latest).to_record()
            out.score, out.signals, out.metadata = record["score"], record["signals"], record["metadata"]
            out.deliveries = [
                {"id": d.id, "sink": d.sink, "status": d.status, "attempts": d.attempts,
                 "last_error": d.last_error, "external_ref": d.external_ref}
                for d in session.scalars(select(DeliveryRow).where(
                    DeliveryRow.qualification_id == latest.id).order_by(DeliveryRow.id))]
            review = session.scalar(select(ReviewRow).where(ReviewRow.qualification_id == latest.id)
                                    .order_by(ReviewRow.id.desc()).limit(1))
            if review is not None:
                out.review = {"tier": review.tier, "reason": review.reason, "reviewer": review.reviewer,
                              "decided_at": utc(review.decided_at).isoformat()}
            outcome = session.get(OutcomeRow, lead_id)
            if outcome is not None:
                out.outcome = {"outcome": outcome.outcome, "at": utc(outcome.at).isoformat()}
        return out


@router.get("/leads/{lead_id}", response_model=LeadOut, responses={**UNAUTHORIZED, 404: {}})
def get_lead(request: Request, lead_id: str, _: Authed) -> LeadOut:
    """The lead with its latest qualification (the contract's output shape) and deliveries."""
    return _lead_out(request, lead_id)


@router.post("/leads/{lead_id}/outcome", responses={**UNAUTHORIZED, 404: {}})
def post_outcome(request: Request, lead_id: str, body: OutcomeIn, _: Authed) -> dict[str, Any]:
    """Record what sales made of the lead; the outcome with the latest date wins."""
    try:
        with transaction(request.app.state.engine) as session:
            kept = record_outcome(session, lead_id, body.outcome, body.at)
    except UnknownLead as exc:
        raise HTTPException(404, str(exc)) from exc
    except InputError as exc:
        raise HTTPException(422, str(exc)) from exc
    return {"lead_id": lead_id, "outcome": body.outcome, "kept": kept}


@router.get("/review", responses=UNAUTHORIZED)
def get_review_queue(request: Request, _: Authed,
                     limit: Annotated[int, Query(ge=1, le=1000)] = 100,
                     band_low: Annotated[int | None, Query(ge=0, le=100)] = None,
                     band_high: Annotated[int | None, Query(ge=0, le=100)] = None) -> list[dict[str, Any]]:
    """Leads waiting for review, oldest first (fallbacks and borderline totals)."""
    band = (band_low, band_high) if band_low is not None and band_high is not None else None
    with transaction(request.app.state.engine) as session:
        rows = review_queue(session, band, limit)
    return [{"lead_id": r.lead_id, "qualification_id": r.id, "total": r.total, "tier": r.tier,
             "fallback": r.fallback, "error": r.error, "qualified_at": utc(r.created_at).isoformat()}
            for r in rows]


@router.post("/leads/{lead_id}/review", status_code=201, responses={**UNAUTHORIZED, 404: {}})
def post_review(request: Request, lead_id: str, body: ReviewIn, _: Authed) -> dict[str, Any]:
    """Set a person's tier beside the machine tier; the lead leaves the queue."""
    try:
        with transaction(request.app.state.engine) as session:
            row = decide_review(session, lead_id, body.tier, body.reason, body.reviewer)
    except UnknownLead as exc:
        raise HTTPException(404, str(exc)) from exc
    except InputError as exc:
        raise HTTPException(422, str(exc)) from exc
    return {"lead_id": lead_id, "tier": row.tier, "qualification_id": row.qualification_id}


@router.get("/report", responses=UNAUTHORIZED)
def get_report(request: Request, _: Authed,
               days: Annotated[int, Query(ge=0, le=36500, description="0: all history")] = 30,
               target: Annotated[float | None, Query(gt=0, le=1)] = None) -> dict[str, Any]:
    """Tier x outcome, close rates, HOT target, misses, drift, calibration (as `leadqual report --json`)."""
    settings = get_settings()
    options = ReportOptions(
        target_close_rate=target if target is not None else settings.report_target_close_rate,
        drift_margin=settings.report_drift_margin, min_decided=settings.report_min_decided)
    now = now_utc()
    since = now - timedelta(days=days) if days else None
    with transaction(request.app.state.engine) as session:
        history = load_history(session, since)
        costs = cost_by_model(session, since)
    result = build_report(history, options, days=days or None, generated_at=now)
    result["cost_by_model"] = [vars(c) for c in costs]
    return result


@router.get("/deliveries", responses=UNAUTHORIZED)
def get_deliveries(request: Request, _: Authed, failed: bool = False,
                   limit: Annotated[int, Query(ge=1, le=1000)] = 200) -> list[dict[str, Any]]:
    """Outbox rows, newest first; ``failed=true``: dead ones and those waiting for a retry."""
    with transaction(request.app.state.engine) as session:
        rows = list_deliveries(session, failed=failed, limit=limit)
    return [{"id": d.id, "lead_id": lead_id, "sink": d.sink, "status": d.status, "attempts": d.attempts,
             "last_error": d.last_error, "external_ref": d.external_ref,
             "next_attempt_at": utc(d.next_attempt_at).isoformat()} for d, lead_id in rows]


@router.post("/deliveries/{delivery_id}/retry", responses={**UNAUTHORIZED, 404: {}})
def post_delivery_retry(request: Request, delivery_id: Annotated[int, Path(ge=1, le=2**31 - 1)],
                        _: Authed) -> dict[str, Any]:
    """Send a dead delivery again, now, with a fresh count of tries."""
    try:
        with transaction(request.app.state.engine) as session:
            row = retry_delivery(session, delivery_id)
    except KeyError as exc:
        raise HTTPException(404, str(exc.args[0])) from exc
    if request.app.state.worker is not None:
        request.app.state.worker.wake_delivery()
    return {"id": row.id, "status": row.status}
