"""Intake latency of ``POST /v1/leads``: concurrent clients against a server on loopback.

    .venv/bin/python bench/intake.py                       # starts leadqual serve itself
    .venv/bin/python bench/intake.py --clients 100 --requests 20000
    .venv/bin/python bench/intake.py --url http://127.0.0.1:8000 --key lq_...   # a running server

Without ``--url`` it starts ``leadqual serve --no-worker`` and a ``leadqual worker``
process beside it (rules extractor, no sinks; ``--worker in-process`` or ``off`` to
compare) on a fresh SQLite file (or ``--db URL``), creates an API key, and stops them
afterwards. Each client is a keep-alive HTTP/1.1 connection that sends leads one after
the other (a closed loop); the clients are plain asyncio streams so that the load
generator costs little CPU next to the server. Prints accepted requests per second and
p50/p90/p99/max latency, plus how long the background worker took to qualify them all.
With ``--rate R`` the clients send on a fixed schedule (R requests/s in all, an open
loop, like webhooks arriving) instead of as fast as answers come back.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))  # web_support: the key and settings helpers
PROFILE = ROOT / "examples" / "profiles" / "home-services.toml"
TEXTS = [
    "Customer: our AC died and it's 35 degrees, can someone come today? I own the house.",
    "Customer: looking to install air conditioning in a new apartment, budget around 8k, next month",
    "Customer: the a/c in the office is leaking water, my manager decides, sometime this quarter",
    "Customer: just browsing prices for a mini split, nothing urgent",
]


async def _client(host: str, port: int, key: str, ids: asyncio.Queue[int], run: str,
                  latencies: list[float], statuses: dict[int, int], interval: float | None) -> None:
    reader, writer = await asyncio.open_connection(host, port)
    loop = asyncio.get_running_loop()
    due = loop.time() + (interval or 0) * (hash(run) % 1000) / 1000
    try:
        while True:
            try:
                n = ids.get_nowait()
            except asyncio.QueueEmpty:
                return
            body = json.dumps({"id": f"{run}-{n}", "conversation": TEXTS[n % len(TEXTS)],
                               "contact": {"name": f"Bench {n}", "email": f"b{n}@example.com"}}).encode()
            head = (f"POST /v1/leads HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {key}\r\n"
                    f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n").encode()
            if interval is not None:
                # Open loop: send on schedule and time from the scheduled moment, so a slow
                # answer counts against every request it delayed (no coordinated omission).
                await asyncio.sleep(max(0.0, due - loop.time()))
                started = time.perf_counter() - max(0.0, loop.time() - due)
                due += interval
            else:
                started = time.perf_counter()
            writer.write(head + body)
            status_line = await reader.readline()
            length = 0
            while (line := await reader.readline()) not in (b"\r\n", b""):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":", 1)[1])
            await reader.readexactly(length)
            latencies.append((time.perf_counter() - started) * 1000)
            status = int(status_line.split()[1])
            statuses[status] = statuses.get(status, 0) + 1
    finally:
        writer.close()


async def _load(url: str, key: str, clients: int, requests: int, run: str,
                rate: float | None = None) -> tuple[list[float], dict[int, int], float]:
    parts = urlsplit(url)
    ids: asyncio.Queue[int] = asyncio.Queue()
    for n in range(requests):
        ids.put_nowait(n)
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    started = time.perf_counter()
    interval = clients / rate if rate else None
    await asyncio.gather(*(_client(parts.hostname or "127.0.0.1", parts.port or 80, key, ids, f"{run}{c}",
                                   latencies, statuses, interval) for c in range(clients)))
    return latencies, statuses, time.perf_counter() - started


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", help="A running server (default: start one).")
    parser.add_argument("--key", help="API key for --url.")
    parser.add_argument("--db", help="Database URL for the started server (default: a fresh SQLite file).")
    parser.add_argument("--clients", type=int, default=100)
    parser.add_argument("--requests", type=int, default=10000)
    parser.add_argument("--warmup", type=int, default=500)
    parser.add_argument("--rate", type=float,
                        help="Offered requests/s in all (open loop); default: closed loop.")
    parser.add_argument("--worker", choices=("process", "in-process", "off"), default="process",
                        help="Qualify in a `leadqual worker` process beside the server (default), in "
                             "the server process, or not at all (intake alone).")
    args = parser.parse_args()

    server = None
    worker: subprocess.Popen[bytes] | None = None
    url, key = args.url, args.key
    if url is None:
        from leadqual.web.live import LiveServer
        from web_support import delivery_toml, make_key

        tmp = Path(tempfile.mkdtemp(prefix="leadqual-bench-"))
        db = args.db or f"sqlite:///{tmp / 'bench.db'}"
        if not db.startswith("sqlite"):
            from leadqual.store import make_engine, upgrade

            upgrade(make_engine(db))
        key = make_key(db, f"bench-{time.time_ns()}")
        extra = ["--delivery", str(delivery_toml(tmp / "delivery.toml", None, sinks=()))]
        if args.worker != "in-process":
            extra.append("--no-worker")
        server = LiveServer(db, PROFILE, extra_args=extra, log=tmp / "server.log").start()
        if args.worker == "process":
            worker = subprocess.Popen(
                [sys.executable, "-c", "from leadqual.cli import app; app()", "worker", "--db", db,
                 "--profile", str(PROFILE), "--delivery", extra[1], "--poll", "0.05",
                 "--log-level", "warning"])
        url = server.url
        print(f"started leadqual serve on {url} with {db}", file=sys.stderr)
    elif key is None:
        parser.error("--url needs --key")
    try:
        run = f"r{time.time_ns()}"
        asyncio.run(_load(url, key, min(args.clients, args.warmup), args.warmup, run + "w"))
        latencies, statuses, elapsed = asyncio.run(
            _load(url, key, args.clients, args.requests, run, args.rate))
        accepted = statuses.get(202, 0) + statuses.get(200, 0)
        mode = f"open loop at {args.rate:g} req/s offered" if args.rate else "closed loop"
        print(f"POST /v1/leads, rules extractor, {args.clients} concurrent keep-alive clients, "
              f"{args.requests} requests, {mode}, worker: {args.worker}")
        print(f"  statuses: {dict(sorted(statuses.items()))}")
        print(f"  accepted: {accepted / elapsed:,.0f} req/s ({elapsed:.2f}s)")
        print(f"  latency ms: p50 {statistics.median(latencies):.1f}  p90 {_pct(latencies, 0.90):.1f}  "
              f"p99 {_pct(latencies, 0.99):.1f}  max {max(latencies):.1f}")
        started = time.perf_counter()
        while args.worker != "off":  # the background worker keeps qualifying after the answers
            ready = httpx.get(url + "/readyz", timeout=10).json()
            if ready.get("pending_leads", 0) == 0:
                break
            time.sleep(0.2)
        print(f"  background qualification done {time.perf_counter() - started:.1f}s after the last answer")
    finally:
        if worker is not None:
            worker.terminate()
            worker.wait(15)
        if server is not None:
            server.stop()


if __name__ == "__main__":
    main()
