"""``leadqual qualify``: read leads, qualify each, write JSON Lines or a table."""

from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn
from rich.table import Table

from leadqual.cli.app import app, err, fail
from leadqual.cli.db import DbOpt, StoreWriter, engine_for
from leadqual.errors import ConfigError, LeadQualError
from leadqual.extractors import Extractor, create_extractor
from leadqual.leads import BadRecord, Lead, lead_from_dict, read_leads
from leadqual.pipeline import Qualification, qualify_many
from leadqual.profile import Profile, load_profile
from leadqual.scoring import Policy, load_policy

PROGRESS_MIN_LINES = 100

ProfileOpt = Annotated[
    Path | None, typer.Option("--profile", "-p", help="Business profile TOML (required).")
]
PolicyOpt = Annotated[
    Path | None, typer.Option("--policy", help="Scoring policy TOML overriding the default.")
]
ExtractorOpt = Annotated[
    str, typer.Option("--extractor", "-e", help="rules (offline), claude, openai, cascade.")
]
ModelOpt = Annotated[str | None, typer.Option("--model", "-m", help="Model name for LLM extractors.")]


def load_setup(
    profile: Path | None, policy: Path | None, extractor: str, model: str | None
) -> tuple[Profile, Policy, Extractor]:
    """Load profile, policy and extractor, turning their errors into usage errors."""
    if profile is None:
        fail("--profile is required: pass a business profile TOML, e.g. "
             "--profile examples/profiles/home-services.toml")
    try:
        options: dict[str, Any] = {"model": model} if model else {}
        return load_profile(profile), load_policy(policy), create_extractor(extractor, **options)
    except (ConfigError, LeadQualError) as exc:
        fail(str(exc))


def read_input(source: str | None, text: str | None, fmt: str | None) -> Iterator[Lead | BadRecord]:
    """Leads from ``--text``, a file, or ``-`` for stdin."""
    if text is not None:
        # The id follows the text, so storing two different --text runs keeps two leads.
        digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]
        yield lead_from_dict({"id": f"text-{digest}", "conversation": text})
        return
    if source is None:
        fail("give an input file (JSON Lines or CSV), '-' for stdin, or --text")
    if source == "-":
        data = sys.stdin.buffer.read()
    else:
        path = Path(source)
        try:
            data = path.read_bytes()
        except OSError as exc:
            fail(f"cannot read {path}: {exc.strerror or exc}; check the path")
        if fmt is None and path.suffix.lower() == ".csv":
            fmt = "csv"
    yield from read_leads(data, fmt)


def render_table(results: list[Qualification], console: Console) -> None:
    """A terminal table: one row per lead, with its strongest evidence."""
    table = Table(show_lines=False, header_style="bold")
    for column in ("id", "score", "tier", "B", "A", "N", "T", "SLA", "evidence / error"):
        table.add_column(column, overflow="fold")
    colours = {"hot": "bold red", "warm": "yellow", "cold": "cyan", "disqualified": "dim"}
    for q in results:
        b = q.score.breakdown
        s = q.signals
        evidence = q.metadata.error or "; ".join(
            [*s.red_flags[:1], *s.budget.quotes[:1], *s.authority.quotes[:1],
             *s.need.urgency_signals[:1], *s.timeline.quotes[:1]]
        )
        review = " (review)" if q.score.needs_review else ""
        table.add_row(
            q.id or "?", str(q.score.total), f"[{colours[q.score.tier]}]{q.score.tier}[/]{review}",
            str(b["budget"]), str(b["authority"]), str(b["need"]), str(b["timeline"]),
            q.score.sla, evidence[:90],
        )
    console.print(table)


@app.command()
def qualify(
    source: Annotated[str | None, typer.Argument(help="Leads file (.jsonl or .csv), or - for stdin.")] = None,
    profile: ProfileOpt = None,
    policy: PolicyOpt = None,
    extractor: ExtractorOpt = "rules",
    model: ModelOpt = None,
    text: Annotated[str | None, typer.Option("--text", help="Qualify this one conversation.")] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write JSON Lines here.")] = None,
    fmt: Annotated[str | None, typer.Option("--format", help="jsonl or csv (default: guess).")] = None,
    concurrency: Annotated[int, typer.Option(help="Parallel extractions (LLM extractors).")] = 16,
    rpm: Annotated[float | None, typer.Option(
        "--rpm", help="At most this many leads started per minute (a provider's rate limit).")] = None,
    table: Annotated[bool, typer.Option("--table", help="Print a table even when piped.")] = False,
    store: Annotated[bool, typer.Option("--store/--no-store", help="Store leads and qualifications.")] = True,
    db: DbOpt = None,
) -> None:
    """Qualify leads: JSON Lines out when --output is given or stdout is not a terminal.

    Exit status: 0 when every lead was read, 1 when some lines were broken (each is
    reported on stderr with its line number and written as a fallback), 2 on a usage error.
    """
    if fmt not in (None, "jsonl", "csv"):
        fail(f"--format must be jsonl or csv, not {fmt!r}")
    the_profile, the_policy, engine = load_setup(profile, policy, extractor, model)
    leads = list(read_input(source, text, fmt))
    saver = StoreWriter(engine_for(db), the_profile.name) if store else None
    as_table = output is None and (table or sys.stdout.isatty())
    sink: IO[str] | None = None
    if output is not None:
        try:
            sink = output.open("w", encoding="utf-8")
        except OSError as exc:
            fail(f"cannot write {output}: {exc.strerror or exc}")
    elif not as_table:
        sink = sys.stdout
    workers = concurrency if engine.name != "rules" else 1
    results: list[Qualification] = []
    tiers: Counter[str] = Counter()
    broken = 0
    costs: list[float] = []
    progress = Progress(
        "[progress.description]{task.description}", BarColumn(), MofNCompleteColumn(),
        TimeElapsedColumn(), console=err, disable=len(leads) <= PROGRESS_MIN_LINES,
        transient=True,
    )
    with progress:
        task = progress.add_task("qualifying", total=len(leads))
        for lead, result in qualify_many(leads, the_profile, engine, the_policy,
                                         concurrency=workers, rpm=rpm):
            if isinstance(lead, BadRecord):
                broken += 1
                err.print(f"[yellow]warning:[/] {lead.error} (written as a fallback)")
            tiers[result.score.tier] += 1
            if saver is not None:
                saver.add(lead, result)
            if result.metadata.cost_usd is not None:
                costs.append(result.metadata.cost_usd)
            if sink is not None:
                sink.write(json.dumps(result.to_record(), ensure_ascii=False) + "\n")
            else:
                results.append(result)
            progress.advance(task)
    if sink is not None and sink is not sys.stdout:
        sink.close()
    if saver is not None:
        saver.close()
    if as_table:
        render_table(results, Console())
    summary = ", ".join(f"{tiers[t]} {t}" for t in ("hot", "warm", "cold", "disqualified"))
    cost = f"; cost ${sum(costs):.4f} total, ${sum(costs) / len(costs):.5f}/lead" if costs else ""
    err.print(f"{len(leads)} leads: {summary}" + (f"; {broken} broken lines" if broken else "") + cost)
    raise typer.Exit(1 if broken else 0)
