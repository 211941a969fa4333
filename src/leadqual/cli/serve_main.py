"""``python -m leadqual.cli.serve_main ARGS`` = ``leadqual serve ARGS`` (no console script needed)."""

from __future__ import annotations

import sys

from leadqual.cli import app

if __name__ == "__main__":
    sys.argv = [sys.argv[0], "serve", *sys.argv[1:]]
    app()
