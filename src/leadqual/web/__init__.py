"""The HTTP service: ``create_app()`` (FastAPI), started by ``leadqual serve``."""

from __future__ import annotations

from leadqual.web.app import create_app
from leadqual.web.auth import sign, verify_signature
from leadqual.web.config import ServiceSettings

__all__ = ["ServiceSettings", "create_app", "sign", "verify_signature"]
