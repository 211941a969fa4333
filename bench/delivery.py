"""Delivery throughput against the fake services on loopback: pushes per second and
p50/p99 latency of one push per sink, with and without a third of requests failing.

    .venv/bin/python bench/delivery.py [--leads 300]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from functools import partial
from typing import Any

from leadqual.delivery import RetryPolicy, Sink, deliver_with_retry
from leadqual.delivery.crm import RestCrmSink
from leadqual.delivery.hubspot import HubSpotSink
from leadqual.delivery.pipedrive import PipedriveSink
from leadqual.delivery.slack import SlackNotifier
from leadqual.testing.fake_crm import FailurePlan, FakeCrm, FakeHubSpot, FakePipedrive, FakeSlack
from leadqual.testing.fake_http import FakeServer
from leadqual.testing.qualifications import sample_lead, sample_qualification


def run(name: str, fake: FakeServer, make: Any, leads: int) -> None:
    """Push ``leads`` HOT leads through one sink, retrying without sleeping; print figures."""
    with fake:
        sink: Sink = make(fake)
        policy = RetryPolicy(max_attempts=50, base_delay=0, max_delay=0)
        latencies = []
        started = time.perf_counter()
        for n in range(leads):
            lead_id = f"B{n:05d}"
            t0 = time.perf_counter()
            deliver_with_retry(partial(sink.push, sample_qualification("hot", lead_id), sample_lead(lead_id)),
                               policy, sleep=lambda _: None, rng=random.Random(n))
            latencies.append((time.perf_counter() - t0) * 1000)
        elapsed = time.perf_counter() - started
    q = statistics.quantiles(latencies, n=100)
    print(f"{name:<28} {leads / elapsed:8.0f} pushes/s   p50 {q[49]:6.2f} ms   p99 {q[98]:7.2f} ms"
          f"   requests {len(fake.requests)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--leads", type=int, default=300)
    args = parser.parse_args()
    sinks = {
        "crm": (FakeCrm, lambda f: RestCrmSink(f.url)),
        "hubspot": (FakeHubSpot, lambda f: HubSpotSink("pat-test", base_url=f.url)),
        "pipedrive": (FakePipedrive, lambda f: PipedriveSink("pd-test", base_url=f.url)),
        "slack": (FakeSlack, lambda f: SlackNotifier(f.webhook_url)),
    }
    for name, (fake_cls, make) in sinks.items():
        run(name, fake_cls(), make, args.leads)
        failing = FailurePlan(fraction=1 / 3, modes=("500", "429", "drop"), seed=1)
        run(f"{name} (1/3 failing)", fake_cls(failures=failing, retry_after="0"), make, args.leads)


if __name__ == "__main__":
    main()
