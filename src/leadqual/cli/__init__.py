"""The ``leadqual`` command line: thin commands over the library.

Each submodule adds its commands to :data:`app`; this module only wires them up.
"""

from __future__ import annotations

from leadqual.cli import db as _db  # noqa: F401
from leadqual.cli import deliveries as _deliveries  # noqa: F401
from leadqual.cli import evaluate as _evaluate  # noqa: F401  (registers its commands)
from leadqual.cli import keys as _keys  # noqa: F401
from leadqual.cli import outcome as _outcome  # noqa: F401
from leadqual.cli import qualify as _qualify  # noqa: F401
from leadqual.cli import report as _report  # noqa: F401
from leadqual.cli import rescore as _rescore  # noqa: F401
from leadqual.cli import review as _review  # noqa: F401
from leadqual.cli import serve as _serve  # noqa: F401
from leadqual.cli.app import app

__all__ = ["app", "main"]


def main() -> None:
    """Console-script entry point."""
    app()
