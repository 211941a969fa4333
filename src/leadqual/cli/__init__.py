"""The ``leadqual`` command line: thin commands over the library.

Each submodule adds its commands to :data:`app`; this module only wires them up.
"""

from __future__ import annotations

from leadqual.cli import evaluate as _evaluate  # noqa: F401  (registers its commands)
from leadqual.cli import qualify as _qualify  # noqa: F401
from leadqual.cli.app import app

__all__ = ["app", "main"]


def main() -> None:
    """Console-script entry point."""
    app()
