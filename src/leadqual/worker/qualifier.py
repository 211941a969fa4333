"""The qualifier: claims accepted leads from the intake queue, qualifies and stores them.

The qualification and its outbox rows are written in the same transaction that marks
the intake row done, so either all of it is stored or none of it is, and a crash in
between leaves the row pending, to be claimed again when its lease runs out.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import timedelta
from typing import Any

from sqlalchemy import Engine

from leadqual.errors import LeadQualError
from leadqual.extractors import Extractor
from leadqual.leads import lead_from_dict
from leadqual.pipeline import qualify
from leadqual.profile import Profile
from leadqual.scoring import Policy
from leadqual.store.engine import transaction
from leadqual.store.intake import claim_intake, fail_intake, finish_intake
from leadqual.store.qualifications import save_qualification

log = logging.getLogger("leadqual.worker")

ProfileResolver = Callable[[str | None], Profile]
"""Profile name (or None for the default) -> profile; raises ConfigError when unknown."""


class Qualifier:
    """Works off the intake queue in batches; one call of :meth:`run_once` is one batch."""

    def __init__(self, engine: Engine, profiles: ProfileResolver, extractor: Extractor,
                 policy: Policy, sinks: Sequence[str] = (), *, lease: float = 60.0,
                 batch: int = 10) -> None:
        self.engine = engine
        self.profiles = profiles
        self.extractor = extractor
        self.policy = policy
        self.sinks = list(sinks)
        self.lease = timedelta(seconds=lease)
        self.batch = batch

    def run_once(self) -> int:
        """Claim, qualify and store one batch; returns how many rows were claimed.

        Batches are small (10) because on SQLite the save holds the only write lock,
        and intake requests wait for it.
        """
        with transaction(self.engine) as session:
            claimed = [(row.id, row.payload, row.profile)
                       for row in claim_intake(session, self.batch, self.lease)]
        if not claimed:
            return 0
        # Qualify outside any transaction: on SQLite an open write transaction would make
        # every intake request wait for the whole batch's extraction.
        done: list[tuple[int, Any, str | None, Any]] = []
        failed: list[tuple[int, str]] = []
        for intake_id, payload, profile_name in claimed:
            try:
                lead = lead_from_dict(payload)
                profile = self.profiles(profile_name)
            except LeadQualError as exc:
                # Checked at intake, so only a removed profile or a changed rule gets here.
                log.warning("intake %s cannot be qualified: %s", intake_id, exc)
                failed.append((intake_id, str(exc)))
                continue
            result = qualify(lead.conversation, profile, self.extractor, self.policy, lead_id=lead.id)
            done.append((intake_id, lead, profile_name or profile.name, result))
        with transaction(self.engine) as session:
            for intake_id, error in failed:
                fail_intake(session, intake_id, error)
            for intake_id, lead, profile_name, result in done:
                saved = save_qualification(session, result, lead.conversation, contact=lead.contact,
                                           profile=profile_name, sinks=self.sinks)
                finish_intake(session, intake_id, saved.qualification_id)
        return len(claimed)
