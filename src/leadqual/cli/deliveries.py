"""``leadqual deliveries``: see the outbox, and send a dead delivery again."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from leadqual.cli.app import app, err, fail
from leadqual.cli.db import DbOpt, engine_for
from leadqual.store import transaction
from leadqual.store.deliveries import list_deliveries, retry_delivery
from leadqual.store.models import utc

deliveries_app = typer.Typer(help="The delivery outbox (CRM pushes and alerts).", no_args_is_help=True)
app.add_typer(deliveries_app, name="deliveries")


@deliveries_app.command("list")
def list_cmd(
    failed: Annotated[bool, typer.Option(
        "--failed", help="Only dead ones and those waiting for a retry.")] = False,
    limit: Annotated[int, typer.Option(help="Show at most this many.")] = 200,
    as_json: Annotated[bool, typer.Option("--json", help="JSON Lines instead of a table.")] = False,
    db: DbOpt = None,
) -> None:
    """Deliveries, newest first."""
    with transaction(engine_for(db)) as session:
        rows = list_deliveries(session, failed=failed, limit=limit)
    if as_json or not sys.stdout.isatty():
        for d, lead_id in rows:
            typer.echo(json.dumps({
                "id": d.id, "lead_id": lead_id, "sink": d.sink, "status": d.status, "attempts": d.attempts,
                "last_error": d.last_error, "external_ref": d.external_ref,
                "next_attempt_at": utc(d.next_attempt_at).isoformat()}, ensure_ascii=False))
    else:
        table = Table(header_style="bold")
        for column in ("id", "lead", "sink", "status", "tries", "last error"):
            table.add_column(column, overflow="fold")
        for d, lead_id in rows:
            table.add_row(str(d.id), lead_id, d.sink, d.status, str(d.attempts), (d.last_error or "")[:80])
        Console().print(table)
    err.print(f"{len(rows)} deliveries" + (" failed or retrying" if failed else ""))


@deliveries_app.command("retry")
def retry(
    delivery_id: Annotated[int, typer.Argument(help="The delivery's id (see `leadqual deliveries list`).")],
    db: DbOpt = None,
) -> None:
    """Make a delivery pending again, due now; a running server sends it at its next poll."""
    try:
        with transaction(engine_for(db)) as session:
            row = retry_delivery(session, delivery_id)
    except KeyError as exc:
        fail(str(exc.args[0]), code=1)
    err.print(f"delivery {row.id} to {row.sink} is pending again")
