"""``leadqual rescore``: what a new policy would do to stored leads, without any extractor."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from leadqual.cli.app import app, err, fail
from leadqual.cli.db import DbOpt, engine_for
from leadqual.errors import LeadQualError
from leadqual.scoring import load_policy
from leadqual.store import parse_when, rescore, transaction


@app.command("rescore")
def rescore_command(
    policy: Annotated[Path, typer.Option("--policy", help="The new scoring policy TOML.")],
    since: Annotated[str | None, typer.Option(
        "--since", help="Only leads qualified on or after this date.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the changes as JSON.")] = False,
    db: DbOpt = None,
) -> None:
    """Re-score each lead's newest stored signals under a new policy; nothing is written."""
    try:
        new_policy = load_policy(policy)
        start = parse_when(since)
    except LeadQualError as exc:
        fail(str(exc))
    with transaction(engine_for(db)) as session:
        result = rescore(session, new_policy, start)
    if as_json:
        typer.echo(json.dumps({
            "policy_version": result.policy_version, "leads": result.leads, "changed": result.changed,
            "skipped_fallbacks": result.skipped_fallbacks,
            "moves": [{"from": a, "to": b, "leads": n} for (a, b), n in sorted(result.moves.items())],
            "changed_leads": [{"lead_id": i, "from": a, "to": b, "old_total": o, "new_total": t}
                              for i, a, b, o, t in result.changed_leads],
            "invalid": result.invalid,
        }, indent=2))
    else:
        for lead_id, old, new, old_total, new_total in result.changed_leads:
            typer.echo(f"{lead_id}: {old} ({old_total}) -> {new} ({new_total})")
    for problem in result.invalid:
        err.print(f"[yellow]warning:[/] {problem}")
    moves = ", ".join(f"{n} {a}->{b}" for (a, b), n in sorted(result.moves.items()))
    err.print(f"policy {result.policy_version}: {result.changed} of {result.leads} leads change tier"
              + (f" ({moves})" if moves else "")
              + (f"; {result.skipped_fallbacks} fallbacks skipped" if result.skipped_fallbacks else ""))
