"""The in-process runner: two daemon threads, the qualifier and the delivery loop.

Each loop works while there is work, then sleeps until woken (a new lead, a new
qualification) or until ``poll`` seconds pass, which is how leases that ran out after
a crash and retries that came due are picked up. A database error is logged and the
loop goes on after a pause: the database is the source of truth, nothing is lost.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from leadqual.worker.outbox import OutboxDeliverer
from leadqual.worker.qualifier import Qualifier

log = logging.getLogger("leadqual.worker")


class _Loop:
    def __init__(self, name: str, step: Callable[[], int], poll: float,
                 after_work: Callable[[], None] | None = None) -> None:
        self.name, self.step, self.poll, self.after_work = name, step, poll, after_work
        self.wakeup = threading.Event()
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._run, name=f"leadqual-{name}", daemon=True)

    def _run(self) -> None:
        while not self.stopping.is_set():
            self.wakeup.clear()
            try:
                done = self.step()
            except Exception:  # keep the loop alive; the rows stay pending in the database
                log.exception("%s loop failed; retrying in %ss", self.name, self.poll)
                done = 0
            if done:
                if self.after_work is not None:
                    self.after_work()
                continue
            self.wakeup.wait(self.poll)

    def stop(self) -> None:
        self.stopping.set()
        self.wakeup.set()


class BackgroundWorker:
    """Runs a :class:`Qualifier` and an :class:`OutboxDeliverer` on background threads."""

    def __init__(self, qualifier: Qualifier | None, deliverer: OutboxDeliverer | None, *,
                 poll: float = 1.0) -> None:
        self.deliverer = deliverer
        self._delivery = _Loop("delivery", deliverer.run_once, poll) if deliverer else None
        wake_delivery = self._delivery.wakeup.set if self._delivery else None
        self._qualify = _Loop("qualifier", qualifier.run_once, poll, wake_delivery) if qualifier else None

    def start(self) -> BackgroundWorker:
        """Start the threads."""
        for loop in (self._qualify, self._delivery):
            if loop is not None:
                loop.thread.start()
        return self

    def wake(self) -> None:
        """A lead was accepted: qualify now instead of at the next poll."""
        if self._qualify is not None:
            self._qualify.wakeup.set()

    def wake_delivery(self) -> None:
        """A delivery was made due (e.g. retried by hand): send now."""
        if self._delivery is not None:
            self._delivery.wakeup.set()

    def stop(self, timeout: float = 10.0) -> None:
        """Stop after the current batch; unfinished work stays in the database."""
        for loop in (self._qualify, self._delivery):
            if loop is not None:
                loop.stop()
        for loop in (self._qualify, self._delivery):
            if loop is not None and loop.thread.is_alive():
                loop.thread.join(timeout)
        if self.deliverer is not None:
            self.deliverer.close()
