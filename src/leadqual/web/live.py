"""Run ``leadqual serve`` in a subprocess on 127.0.0.1: for tests, benchmarks and demos.

::

    with LiveServer(db_url, profile, env={"LEADQUAL_DELIVERY_SINKS": "crm", ...}) as server:
        httpx.post(server.url + "/v1/leads", ...)
        server.kill()      # SIGKILL, as a crash would
        server.start()     # the same database, a new process
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import IO, Self

import httpx


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class LiveServer:
    """A ``leadqual serve`` process; :meth:`start` waits until ``/healthz`` answers."""

    def __init__(self, db_url: str, profile: str | Path, *, extra_args: list[str] | None = None,
                 env: dict[str, str] | None = None, log: IO[bytes] | Path | None = None) -> None:
        self.db_url = db_url
        self.profile = str(profile)
        self.extra_args = list(extra_args or [])
        self.env = dict(env or {})
        self.port = free_port()
        self.log = log
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        """The server's base URL."""
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 30.0) -> Self:
        """Start the process and wait until it serves."""
        command = [sys.executable, "-m", "leadqual.cli.serve_main", "--db", self.db_url,
                   "--profile", self.profile, "--port", str(self.port), "--log-level", "warning",
                   *self.extra_args]
        output: IO[bytes] | int = subprocess.DEVNULL
        if isinstance(self.log, Path):
            output = self.log.open("ab")
        elif self.log is not None:
            output = self.log
        self.process = subprocess.Popen(command, env={**os.environ, **self.env}, stdout=output,
                                        stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"leadqual serve exited with {self.process.returncode}: see its log")
            try:
                if httpx.get(self.url + "/healthz", timeout=1).status_code == 200:
                    return self
            except httpx.TransportError:
                pass
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"leadqual serve did not answer on {self.url} within {timeout}s")

    def kill(self) -> None:
        """SIGKILL: no shutdown code runs, as in a crash or an OOM kill."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(10)

    def stop(self) -> None:
        """SIGTERM and wait (a clean shutdown), SIGKILL if it hangs."""
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.kill()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *_: object) -> None:
        self.stop()
