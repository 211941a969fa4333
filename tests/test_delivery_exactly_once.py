"""With every fake failing a third of its requests, retries deliver each lead exactly once."""

from __future__ import annotations

import math
import random
from collections import Counter
from functools import partial
from typing import Any

from leadqual.delivery import DeliveryError, RetryPolicy, Sink, deliver_with_retry
from leadqual.delivery.crm import RestCrmSink
from leadqual.delivery.hubspot import HubSpotSink
from leadqual.delivery.pipedrive import PipedriveSink
from leadqual.delivery.slack import SlackNotifier
from leadqual.testing.fake_crm import FailurePlan, FakeCrm, FakeHubSpot, FakePipedrive, FakeSlack
from leadqual.testing.fake_http import FakeServer
from leadqual.testing.qualifications import sample_lead, sample_qualification

LEADS = 24
TIERS = ("hot", "warm", "cold", "disqualified")
ALL_MODES = ("500", "429", "drop", "timeout", "drop_after", "timeout_after")
# Slack's webhooks have no idempotency (see test_slack_itself_duplicates_when_its_answer_is_lost),
# so only failures before Slack posts are injected there.
SLACK_MODES = ("500", "429", "drop", "503")


def _plan(seed: int, modes: tuple[str, ...] = ALL_MODES) -> FailurePlan:
    return FailurePlan(fraction=1 / 3, modes=modes, seed=seed)


def test_every_lead_reaches_every_sink_exactly_once_while_a_third_of_requests_fail() -> None:
    options: dict[str, Any] = {"retry_after": "2", "hang_seconds": 0.3}
    crm = FakeCrm(failures=_plan(1), **options).start()
    hub = FakeHubSpot(failures=_plan(2), **options).start()
    pd = FakePipedrive(failures=_plan(3), **options).start()
    slack = FakeSlack(failures=_plan(4, SLACK_MODES), **options).start()
    fakes: list[FakeServer] = [crm, hub, pd, slack]
    try:
        sinks: list[Sink] = [
            RestCrmSink(crm.url, timeout=0.1),
            HubSpotSink("pat-test", base_url=hub.url, timeout=0.1),
            PipedriveSink("pd-test", base_url=pd.url, timeout=0.1),
            SlackNotifier(slack.webhook_url, notify_warm=True),
        ]
        waits: list[float] = []
        errors: list[DeliveryError] = []
        policy = RetryPolicy(max_attempts=40, base_delay=0.001, max_delay=0.01)
        rng = random.Random(0)
        for n in range(LEADS):
            lead_id = f"L{n:03d}"
            qualification = sample_qualification(TIERS[n % 4], lead_id)
            for sink in sinks:
                deliver_with_retry(
                    partial(sink.push, qualification, sample_lead(lead_id)),
                    policy, sink=sink.name, sleep=waits.append, rng=rng,
                    on_failure=lambda attempt: errors.append(attempt.error))
    finally:
        for fake in fakes:
            fake.stop()

    ids = {f"L{n:03d}" for n in range(LEADS)}
    alerted = {f"L{n:03d}" for n in range(LEADS) if TIERS[n % 4] in ("hot", "warm")}

    # The failures really happened, at about the asked rate, in every mode.
    for fake, modes in ((crm, ALL_MODES), (hub, ALL_MODES), (pd, ALL_MODES), (slack, SLACK_MODES)):
        outcomes = Counter(r.outcome for r in fake.requests)
        failed = sum(outcomes[m] for m in modes)
        # Seeded draws: within three standard deviations of 1/3 for this many requests.
        tolerance = 3 * math.sqrt(2 / 9 / len(fake.requests))
        assert abs(failed / len(fake.requests) - 1 / 3) < tolerance, (type(fake).__name__, outcomes)
        assert all(outcomes[m] for m in modes), (type(fake).__name__, outcomes)
    assert len(errors) == len(waits) > 40
    assert all(w >= 2 for w, e in zip(waits, errors, strict=True) if e.status == 429)

    # Generic CRM: one record per lead, each written once (replays are not writes).
    assert set(crm.leads) == ids and set(crm.writes.values()) == {1}
    # HubSpot: one contact and one deal per lead, associated.
    deals = [d["properties"]["leadqual_id"] for d in hub.objects["deals"].values()]
    assert sorted(deals) == sorted(ids)
    emails = [c["properties"]["email"] for c in hub.objects["contacts"].values()]
    assert sorted(emails) == sorted(f"{i.lower()}@example.com" for i in ids)
    assert len(hub.associations) == LEADS
    # Pipedrive: one person and one lead per lead.
    assert len(pd.persons) == LEADS
    titles = [lead["title"] for lead in pd.leads.values()]
    assert sorted(t.rsplit("[leadqual:", 1)[1].rstrip("]") for t in titles) == sorted(ids)
    # Slack: one alert per HOT or WARM lead.
    alerts = Counter(i for m in slack.messages for i in alerted if f"`{i}`" in str(m["blocks"]))
    assert set(alerts) == alerted and set(alerts.values()) == {1}
    assert len(slack.messages) == len(alerted)
