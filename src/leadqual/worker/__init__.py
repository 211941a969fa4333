"""Background work of the service: qualifying accepted leads and delivering the outbox.

Both loops read their work from the database, so a process killed at any point
resumes where it was on restart (see :mod:`leadqual.worker.runner`).
"""

from __future__ import annotations

from leadqual.worker.outbox import OutboxDeliverer, qualification_from_row
from leadqual.worker.qualifier import Qualifier
from leadqual.worker.runner import BackgroundWorker

__all__ = ["BackgroundWorker", "OutboxDeliverer", "Qualifier", "qualification_from_row"]
