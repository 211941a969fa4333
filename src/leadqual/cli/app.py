"""The Typer application and helpers shared by every command."""

from __future__ import annotations

import sys
from typing import NoReturn

import typer
from rich.console import Console

app = typer.Typer(
    name="leadqual",
    help="Qualify sales leads from conversations: BANT signals with quotes, a score, a tier.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

err = Console(stderr=True, highlight=False, soft_wrap=True)
"""Messages, warnings and progress go to stderr; stdout carries only results."""

USAGE_ERROR = 2


def fail(message: str, code: int = USAGE_ERROR) -> NoReturn:
    """Print ``error: message`` on stderr and exit with ``code`` (2: usage error)."""
    err.print(f"[bold red]error:[/] {message}")
    sys.exit(code)


@app.callback()
def root() -> None:
    """Qualify sales leads from conversations: BANT signals with quotes, a score, a tier."""
