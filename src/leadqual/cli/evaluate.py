"""``leadqual eval``: accuracy of an extractor on labelled cases."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from leadqual.cli.app import app, err, fail
from leadqual.cli.qualify import ExtractorOpt, ModelOpt, PolicyOpt, load_setup
from leadqual.evaluation import CaseResult, load_cases, profile_for_file, summarise
from leadqual.evaluation import evaluate as run_evaluation
from leadqual.labels import FIELDS
from leadqual.scoring import TIERS


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value * 100:.1f}%"


def render(title: str, summary: dict[str, Any], console: Console) -> None:
    """Print one summary as tables."""
    console.print(f"\n[bold]{title}[/]: {summary['cases']} cases")
    table = Table("field", "accuracy", header_style="bold")
    for name, value in summary["field_accuracy"].items():
        table.add_row(name, _pct(value))
    table.add_row("[bold]field agreement[/]", f"[bold]{_pct(summary['field_agreement'])}[/]")
    console.print(table)
    matrix = Table("expected \\ predicted", *TIERS, header_style="bold")
    for tier in TIERS:
        matrix.add_row(tier, *(str(summary["confusion"][tier][p]) for p in TIERS))
    console.print(matrix)
    latency = summary["latency_ms"]
    cost = summary["cost_usd"]
    console.print(
        f"tier agreement {_pct(summary['tier_agreement'])}  |  "
        f"HOT false positives {_pct(summary['hot_false_positive_rate'])}  |  "
        f"HOT false negatives {_pct(summary['hot_false_negative_rate'])}  |  "
        f"score MAE {summary['score_mae']}  |  latency p50 {latency['p50']} ms, p95 {latency['p95']} ms"
        + (f"  |  cost ${cost['total']:.4f} total, ${cost['per_lead']:.5f}/lead" if cost else "")
        + (f"  |  {summary['fallbacks']} fallbacks" if summary["fallbacks"] else "")
    )
    if summary["misses"]:
        console.print("misses: " + "; ".join(
            f"{m['id']} ({', '.join(m['fields'])})" for m in summary["misses"]))


@app.command("eval")
def evaluate(
    files: Annotated[list[Path], typer.Argument(help="Labelled JSON Lines files.")],
    profile: Annotated[list[Path] | None, typer.Option(
        "--profile", "-p", help="Profile per file (one for all, or one each, in order); "
        "default: the file's FILE.meta.json sidecar.")] = None,
    policy: PolicyOpt = None,
    extractor: ExtractorOpt = "rules",
    model: ModelOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    concurrency: Annotated[int, typer.Option(help="Parallel extractions (LLM extractors).")] = 16,
) -> None:
    """Measure an extractor on labelled cases. Exit status 0 whatever the score."""
    profiles = list(profile or [])
    if profiles and len(profiles) not in (1, len(files)):
        fail(f"give one --profile for all files or one per file ({len(files)} files, "
             f"{len(profiles)} profiles)")
    per_file: dict[str, Any] = {}
    everything: list[CaseResult] = []
    for index, path in enumerate(files):
        chosen = profiles[0] if len(profiles) == 1 else (
            profiles[index] if profiles else profile_for_file(path))
        if chosen is None:
            fail(f"no profile for {path}: pass --profile or add {path.stem}.meta.json "
                 'with {"profile": "path/to/profile.toml"}')
        the_profile, the_policy, engine = load_setup(chosen, policy, extractor, model)
        try:
            cases = load_cases(path)
            report = run_evaluation(cases, the_profile, engine, the_policy,
                                    concurrency=concurrency if engine.name != "rules" else 1)
        except OSError as exc:
            fail(f"cannot read {path}: {exc.strerror or exc}")
        except ValueError as exc:
            fail(f"{path}: {exc}")
        per_file[str(path)] = summarise(report.cases)
        everything.extend(report.cases)
    overall = summarise(everything)
    if as_json:
        typer.echo(json.dumps({"extractor": extractor, "fields": list(FIELDS), "files": per_file,
                               "overall": overall}, ensure_ascii=False))
        return
    console = Console()
    for name, summary in per_file.items():
        render(name, summary, console)
    if len(files) > 1:
        render("all files", overall, console)
    err.print(f"extractor: {extractor}")
