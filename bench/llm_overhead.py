"""How much time leadqual adds around an LLM, and how well it overlaps model calls.

Against the fake Messages API server on 127.0.0.1 answering after 200 ms (the real
``anthropic`` SDK, real HTTP), qualify 1,000 leads at concurrency 50. Ideal wall time:
1,000 / 50 x 0.2 s = 4 s. Prints:

- wall time and its ratio to the ideal (target: within 1.25x);
- per-lead overhead = the lead's total time minus the server's 200 ms, p50/p95
  (target: p50 under 5 ms), and the part of it outside the SDK call;
- the same run one lead at a time (what a plain loop over the SDK does).

    .venv/bin/python bench/llm_overhead.py [--leads 1000] [--concurrency 50]
        [--latency 0.2] [--sequential-leads 1000] [--flavour claude|openai]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

from leadqual.extractors.anthropic import ClaudeExtractor
from leadqual.extractors.llm import LLMExtractor
from leadqual.extractors.openai import OpenAIExtractor
from leadqual.leads import Lead, lead_from_dict
from leadqual.pipeline import Qualification, qualify_many
from leadqual.profile import Profile

PROFILE = Profile(name="Cool Air", offering="Air-conditioning installation and repair.",
                  currency="ILS", keywords=["ac", "air conditioner"], service_area=["Tel Aviv"])
TEXTS = [
    "Customer: Hi, our AC died and it's 35 degrees. Can someone come today?\n"
    "Agent: Do you own the house?\nCustomer: Yes, it's my house. Budget isn't an issue.",
    "Customer: Just browsing, comparing AC prices for next year. My husband decides.",
    "Customer: We need two air conditioners installed in our office next month, "
    "budget around 12k. I'm the office manager, the CEO signs off.",
    "Customer: hello, how much is a service visit?",
]


@contextmanager
def fake_server(latency: float) -> Iterator[str]:
    """The fake server in its own process, so its threads do not take this process's GIL.

    Yields its base URL. Each distinct conversation is answered once, then from memory:
    the benchmark measures leadqual, not the fake's own reading.
    """
    process = subprocess.Popen(
        [sys.executable, "-m", "leadqual.testing.fake_llm", "--port", "0", "--cache",
         "--latency", str(latency)], stdout=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline() if process.stdout else ""
        yield line.split("ANTHROPIC_BASE_URL=")[1].split()[0]
    finally:
        process.terminate()
        process.wait(10)


def make_leads(count: int) -> list[Lead]:
    """``count`` leads cycling through the sample conversations."""
    leads = [lead_from_dict({"id": f"b{i}", "conversation": TEXTS[i % len(TEXTS)]})
             for i in range(count)]
    return [lead for lead in leads if isinstance(lead, Lead)]


def run(engine: LLMExtractor, count: int, concurrency: int) -> tuple[float, list[Qualification]]:
    """Wall seconds and results of qualifying ``count`` leads."""
    started = time.perf_counter()
    results = [q for _, q in qualify_many(make_leads(count), PROFILE, engine,
                                          concurrency=concurrency)]
    return time.perf_counter() - started, results


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0-100) of ``values``."""
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1] if q < 100 else max(values)


def main() -> None:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--leads", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--latency", type=float, default=0.2)
    parser.add_argument("--sequential-leads", type=int, default=1000)
    parser.add_argument("--flavour", choices=["claude", "openai"], default="claude")
    args = parser.parse_args()
    with fake_server(args.latency) as url:
        engine: LLMExtractor = (
            ClaudeExtractor(api_key="bench-key", base_url=url)
            if args.flavour == "claude" else OpenAIExtractor(base_url=url + "/v1")
        )
        run(engine, args.concurrency, args.concurrency)  # warm up connections and caches
        wall, results = run(engine, args.leads, args.concurrency)
        failed = sum(q.metadata.fallback for q in results)
        ideal = -(-args.leads // args.concurrency) * args.latency
        model_ms = args.latency * 1000
        overhead = [q.metadata.total_ms - model_ms for q in results]
        outside_sdk = [q.metadata.total_ms - sum(c["ms"] for c in q.metadata.model_dump()["calls"])
                       for q in results]
        print(f"{args.flavour} SDK -> fake server answering after {model_ms:.0f} ms")
        print(f"concurrent: {args.leads} leads at concurrency {args.concurrency}: {wall:.2f} s "
              f"(ideal {ideal:.2f} s, ratio {wall / ideal:.3f}x; target <= 1.25x); "
              f"{failed} fallbacks")
        print(f"  overhead per lead beyond the model's {model_ms:.0f} ms: "
              f"p50 {percentile(overhead, 50):.2f} ms, p95 {percentile(overhead, 95):.2f} ms "
              "(target p50 < 5 ms)")
        print(f"  of which outside the SDK call (prompt, parse, validate, ground, score): "
              f"p50 {percentile(outside_sdk, 50):.2f} ms, p95 {percentile(outside_sdk, 95):.2f} ms")
        if args.sequential_leads:
            seq_wall, seq_results = run(engine, args.sequential_leads, 1)
            seq_over = [q.metadata.total_ms - model_ms for q in seq_results]
            print(f"one at a time: {args.sequential_leads} leads: {seq_wall:.2f} s "
                  f"({seq_wall / args.sequential_leads * 1000:.1f} ms per lead; "
                  f"overhead p50 {percentile(seq_over, 50):.2f} ms); concurrency "
                  f"{args.concurrency} is {seq_wall / args.sequential_leads * args.leads / wall:.1f}x "
                  "faster")


if __name__ == "__main__":
    main()
