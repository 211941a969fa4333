"""Group commit for intake: one writer thread stores the leads of many requests at once.

Requests put their lead on a queue and await the result; the writer drains whatever is
queued, stores it in one transaction and answers every waiting request. Under load one
commit serves dozens of requests, which is what keeps ``POST /v1/leads`` fast on
SQLite, where only one writer can work at a time anyway.
"""

from __future__ import annotations

import asyncio
import logging
import queue
import threading
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine

from leadqual.store.engine import transaction
from leadqual.store.intake import Submitted, submit_many

log = logging.getLogger("leadqual.web")
MAX_GROUP = 200


@dataclass
class _Item:
    lead_id: str
    digest: str
    payload: dict[str, Any]
    profile: str | None
    loop: asyncio.AbstractEventLoop
    future: asyncio.Future[Submitted]


class IntakeWriter:
    """Stores accepted leads in groups on a background thread."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._queue: queue.Queue[_Item | None] = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="leadqual-intake", daemon=True)

    def start(self) -> IntakeWriter:
        """Start the writer thread."""
        self._thread.start()
        return self

    async def submit(self, lead_id: str, digest: str, payload: dict[str, Any],
                     profile: str | None) -> Submitted:
        """Store one lead (or find it stored) and return when it is committed."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[Submitted] = loop.create_future()
        self._queue.put(_Item(lead_id, digest, payload, profile, loop, future))
        return await future

    def _run(self) -> None:
        while True:
            first = self._queue.get()
            if first is None:
                return
            group = [first]
            while len(group) < MAX_GROUP:
                try:
                    item = self._queue.get_nowait()
                except queue.Empty:
                    break
                if item is None:
                    self._queue.put(None)  # stop after this group
                    break
                group.append(item)
            self._store(group)

    def _store(self, group: list[_Item]) -> None:
        try:
            with transaction(self.engine) as session:
                results = submit_many(session, [(i.lead_id, i.digest, i.payload, i.profile) for i in group])
        except Exception as exc:  # the requests answer 503; nothing was stored
            log.exception("storing %d leads failed", len(group))
            for item in group:
                item.loop.call_soon_threadsafe(_fail, item.future, exc)
            return
        for item, result in zip(group, results, strict=True):
            item.loop.call_soon_threadsafe(_resolve, item.future, result)

    def stop(self) -> None:
        """Store what is queued, then stop."""
        self._queue.put(None)
        self._thread.join(10)


def _resolve(future: asyncio.Future[Submitted], result: Submitted) -> None:
    if not future.done():
        future.set_result(result)


def _fail(future: asyncio.Future[Submitted], exc: Exception) -> None:
    if not future.done():
        future.set_exception(exc)
