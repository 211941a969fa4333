"""``leadqual report``: are the tiers right? Close rates, misses, drift, calibration."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from leadqual.cli.app import app, err, fail
from leadqual.cli.db import DbOpt, engine_for
from leadqual.errors import ConfigError
from leadqual.reports import ReportOptions, build_report
from leadqual.scoring import TIERS
from leadqual.settings import get_settings
from leadqual.store import cost_by_model, load_history, transaction
from leadqual.store.models import OUTCOMES, now_utc


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.0%}"


def print_report(report: dict[str, Any], console: Console) -> None:
    """The report for a terminal."""
    console.print(f"[bold]{report['leads']} leads[/]"
                  + (f" in the last {report['days']} days" if report["days"] else "")
                  + f", {report['with_outcome']} with an outcome, {report['decided']} decided")
    for note in report["notes"]:
        console.print(f"[yellow]{note}[/]")
    for title, key in (("machine tier", "machine"), ("after review", "final")):
        table = Table(title=f"Predicted tier x outcome ({title})", header_style="bold")
        for column in ("tier", *OUTCOMES, "open", "close rate"):
            table.add_column(column, justify="right")
        section = report[key]
        for tier in TIERS:
            rate = section["close_rate"][tier]
            table.add_row(tier, *(str(section["counts"][tier][o]) for o in (*OUTCOMES, "open")),
                          f"{_pct(rate['rate'])} ({rate['won']}/{rate['decided']})")
        console.print(table)
    hot = report["hot_target"]
    verdict = "not enough decided HOT leads" if hot["met"] is None else ("met" if hot["met"] else "MISSED")
    console.print(f"HOT close rate {_pct(hot['rate'])} ({hot['won']}/{hot['decided']}), "
                  f"target {_pct(hot['target'])}: {verdict}")
    for label, key in (("HOT false positives", "hot_false_positives"), ("missed HOT", "missed_hot")):
        items = report[key]
        shown = ", ".join(f"{m['lead_id']} ({m['total']}, {m['tier']}, {m['outcome']})" for m in items[:10])
        more = " ..." if len(items) > 10 else ""
        console.print(f"{label}: {len(items)}" + (f": {shown}{more}" if items else ""))
    for week in report["drift"]["weeks"]:
        mix = " ".join(f"{t} {_pct(week['mix'][t])}" for t in TIERS)
        console.print(f"week of {week['week']}: {week['leads']} leads, {mix}, HOT close "
                      f"{_pct(week['hot']['rate'])} ({week['hot']['won']}/{week['hot']['decided']})")
    for warning in report["drift"]["warnings"]:
        console.print(f"[bold yellow]drift:[/] {warning}")
    console.print(f"calibration: {report['calibration']['message']}")
    for cost in report.get("cost_by_model", []):
        console.print(f"model {cost['model']}: {cost['calls']} calls, ${cost['cost_usd']:.4f}")


@app.command()
def report(
    days: Annotated[int, typer.Option("--days", help="Leads qualified in the last N days (0: all).")] = 30,
    html: Annotated[Path | None, typer.Option("--html", help="Write an HTML report with charts.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    target: Annotated[float | None, typer.Option(
        "--target", help="HOT close rate target, 0-1 (default 0.6 or LEADQUAL_REPORT_TARGET_CLOSE_RATE).",
        show_default=False)] = None,
    db: DbOpt = None,
) -> None:
    """Tier x outcome, close rate per tier, HOT target, misses, weekly drift, calibration."""
    settings = get_settings()
    if target is not None and not 0 < target <= 1:
        fail(f"--target must be a rate between 0 and 1 (e.g. 0.6), not {target}")
    if days < 0:
        fail("--days must be 0 (all history) or more")
    options = ReportOptions(
        target_close_rate=target if target is not None else settings.report_target_close_rate,
        drift_margin=settings.report_drift_margin, min_decided=settings.report_min_decided,
    )
    now = now_utc()
    since = now - timedelta(days=days) if days else None
    with transaction(engine_for(db)) as session:
        history = load_history(session, since)
        costs = cost_by_model(session, since)
    result = build_report(history, options, days=days or None, generated_at=now)
    result["cost_by_model"] = [vars(c) for c in costs]
    if html is not None:
        from leadqual.charts import render_html

        try:
            html.write_text(render_html(result), "utf-8")
        except ConfigError as exc:
            fail(str(exc))
        except OSError as exc:
            fail(f"cannot write {html}: {exc.strerror or exc}")
        err.print(f"wrote {html}")
    if as_json:
        typer.echo(json.dumps(result, indent=2, ensure_ascii=False))
    elif html is None:
        print_report(result, Console())
