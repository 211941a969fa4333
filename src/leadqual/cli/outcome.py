"""``leadqual outcome``: record what sales made of a lead (one, or a CSV of them)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from leadqual.cli.app import app, err, fail
from leadqual.cli.db import DbOpt, engine_for
from leadqual.errors import InputError
from leadqual.store import import_outcomes, parse_when, record_outcome, transaction
from leadqual.store.models import OUTCOMES


@app.command()
def outcome(
    lead_id: Annotated[str | None, typer.Argument(help="The lead's id.")] = None,
    result: Annotated[str | None, typer.Argument(help=" | ".join(OUTCOMES))] = None,
    at: Annotated[str | None, typer.Option("--at", help="When it happened (ISO date; default now).")] = None,
    import_file: Annotated[Path | None, typer.Option(
        "--import", help="CSV of lead_id,outcome[,at] rows (header optional).")] = None,
    db: DbOpt = None,
) -> None:
    """Record a lead's outcome; the one with the latest date wins.

    Exit status: 0 when everything was recorded, 1 when some rows named unknown leads
    or were broken (each is listed on stderr), 2 on a usage error.
    """
    if import_file is None and (lead_id is None or result is None):
        fail("give LEAD_ID and an outcome (" + ", ".join(OUTCOMES) + "), or --import outcomes.csv")
    if import_file is not None and lead_id is not None:
        fail("give either LEAD_ID OUTCOME or --import FILE, not both")
    engine = engine_for(db)
    if import_file is not None:
        try:
            data = import_file.read_text("utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            fail(f"cannot read {import_file}: {exc}; it must be a UTF-8 CSV")
        with transaction(engine) as session:
            report = import_outcomes(session, data)
        for line, unknown in report.unknown:
            err.print(f"[yellow]warning:[/] line {line}: no stored lead has the id {unknown!r}")
        for problem in report.errors:
            err.print(f"[yellow]warning:[/] {problem}")
        err.print(f"{report.recorded} outcomes recorded, {report.superseded} older than the stored one, "
                  f"{len(report.unknown)} unknown lead ids, {len(report.errors)} broken rows")
        raise typer.Exit(1 if report.unknown or report.errors else 0)
    assert lead_id is not None and result is not None
    try:
        with transaction(engine) as session:
            kept = record_outcome(session, lead_id, result, parse_when(at))
    except InputError as exc:
        fail(str(exc))
    err.print(f"{lead_id}: {result.lower()}" if kept else
              f"{lead_id}: a later outcome is already stored; kept it")
