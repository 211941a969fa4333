"""``leadqual review``: the queue of borderline and fallback leads, and a person's decision."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from leadqual.cli.app import app, err, fail
from leadqual.cli.db import DbOpt, engine_for
from leadqual.errors import InputError
from leadqual.scoring import TIERS
from leadqual.store import decide_review, review_queue, transaction
from leadqual.store.models import utc

review_app = typer.Typer(help="Human review of borderline and fallback leads.", no_args_is_help=True)
app.add_typer(review_app, name="review")


@review_app.command("list")
def list_queue(
    db: DbOpt = None,
    band: Annotated[tuple[int, int] | None, typer.Option(
        "--band", help="Also queue totals in LOW HIGH (default: the policy's band at scoring time).",
        show_default=False)] = None,
    limit: Annotated[int, typer.Option(help="Show at most this many.")] = 100,
    as_json: Annotated[bool, typer.Option("--json", help="JSON Lines instead of a table.")] = False,
) -> None:
    """Leads waiting for review, oldest first."""
    with transaction(engine_for(db)) as session:
        rows = review_queue(session, band, limit)
    if as_json or not sys.stdout.isatty():
        for row in rows:
            typer.echo(json.dumps({
                "lead_id": row.lead_id, "qualification_id": row.id, "total": row.total, "tier": row.tier,
                "fallback": row.fallback, "error": row.error, "qualified_at": utc(row.created_at).isoformat(),
            }, ensure_ascii=False))
    else:
        table = Table(header_style="bold")
        for column in ("lead", "score", "tier", "why", "qualified"):
            table.add_column(column)
        for row in rows:
            why = f"fallback: {row.error or ''}"[:60] if row.fallback else "borderline score"
            when = utc(row.created_at).strftime("%Y-%m-%d %H:%M")
            table.add_row(row.lead_id, str(row.total), row.tier, why, when)
        Console().print(table)
    err.print(f"{len(rows)} leads waiting for review")


@review_app.command("decide")
def decide(
    lead_id: Annotated[str, typer.Argument(help="The lead's id.")],
    tier: Annotated[str, typer.Option("--tier", help=" | ".join(TIERS))],
    reason: Annotated[str, typer.Option("--reason", help="Why (kept with the decision).")],
    reviewer: Annotated[str | None, typer.Option("--by", help="Who decided.")] = None,
    db: DbOpt = None,
) -> None:
    """Set a person's tier beside the machine tier; the lead leaves the queue."""
    try:
        with transaction(engine_for(db)) as session:
            row = decide_review(session, lead_id, tier, reason, reviewer)
    except InputError as exc:
        fail(str(exc))
    err.print(f"{lead_id}: reviewed as {row.tier} (qualification {row.qualification_id})")
