"""A base for fake HTTP services on 127.0.0.1 that record requests and fail on purpose.

A :class:`FakeServer` runs a threaded ``http.server`` in a background thread. Each
request is recorded, then a :class:`FailurePlan` decides, deterministically, whether it
fails and how:

``500``/``503``      answer with that status, nothing processed
``429``              answer 429 with ``Retry-After``, nothing processed
``drop``             close the connection without an answer, nothing processed
``timeout``          hold the connection ``hang_seconds``, then close it, nothing processed
``drop_after``       process the request, then close without an answer (the answer is lost)
``timeout_after``    process the request, then answer only after ``hang_seconds``

The ``*_after`` modes are the ones that test idempotency: the service did the work and
the client cannot know. With ``honour_idempotency_key`` a repeated ``Idempotency-Key``
gets the first answer back without processing again (as Stripe-style APIs do).
"""

from __future__ import annotations

import contextlib
import json
import random
import socket
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self
from urllib.parse import parse_qs, urlsplit

FAILURE_MODES = ("500", "503", "429", "drop", "timeout", "drop_after", "timeout_after")


@dataclass
class RecordedRequest:
    """One request as the fake saw it, and what the fake did with it."""

    number: int
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: Any
    outcome: str = "pending"
    """``ok``, ``replayed``, a failure mode, or the error status the service gave."""

    def header(self, name: str) -> str | None:
        """A header, case-insensitively."""
        return next((v for k, v in self.headers.items() if k.lower() == name.lower()), None)


@dataclass
class Reply:
    """What a fake service answers."""

    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)


class FailurePlan:
    """Which requests fail and how, with no randomness.

    ``script`` gives the fate of the first requests in order (``None`` = normal), then
    ``fraction`` of the rest fail, cycling through ``modes``. Without ``seed`` the
    failures are evenly strided (1/3 fails the 3rd, 6th, 9th...); with ``seed`` they are
    drawn from ``random.Random(seed)``, the same every run, which avoids lock-step with
    clients that send a fixed number of requests per operation. ``methods`` limits
    failures to some HTTP methods (e.g. only writes).
    """

    def __init__(self, fraction: float = 0.0, modes: Sequence[str] = ("500",),
                 script: Sequence[str | None] = (), methods: Sequence[str] | None = None,
                 seed: int | None = None) -> None:
        unknown = [m for m in [*modes, *script] if m is not None and m not in FAILURE_MODES]
        if unknown:
            raise ValueError(f"unknown failure modes {unknown}: use {FAILURE_MODES}")
        if not 0 <= fraction < 1:
            raise ValueError("fraction must be in [0, 1): a fake that always fails proves nothing")
        self.fraction = fraction
        self.modes = tuple(modes)
        self.script = list(script)
        self.methods = {m.upper() for m in methods} if methods else None
        self._rng = random.Random(seed) if seed is not None else None
        self._seen = 0
        self._failed = 0
        self._lock = threading.Lock()

    def next(self, method: str) -> str | None:
        """The failure mode of the next request, or None for a normal answer."""
        with self._lock:
            if self.methods is not None and method.upper() not in self.methods:
                return None
            self._seen += 1
            n = self._seen
            if n <= len(self.script):
                return self.script[n - 1]
            k = n - len(self.script)
            if self._rng is not None:
                fails = self._rng.random() < self.fraction
            else:
                fails = int(k * self.fraction) > int((k - 1) * self.fraction)
            if fails:
                mode = self.modes[self._failed % len(self.modes)]
                self._failed += 1
                return mode
            return None


class FakeServer:
    """A fake service on 127.0.0.1; subclasses implement :meth:`handle`."""

    honour_idempotency_key = False

    def __init__(self, *, failures: FailurePlan | None = None, retry_after: str = "1",
                 hang_seconds: float = 2.0, honour_idempotency_key: bool | None = None) -> None:
        self.failures = failures or FailurePlan()
        self.retry_after = retry_after
        self.hang_seconds = hang_seconds
        if honour_idempotency_key is not None:
            self.honour_idempotency_key = honour_idempotency_key
        self.requests: list[RecordedRequest] = []
        self.lock = threading.RLock()
        self._replies: dict[str, Reply] = {}
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- to implement -------------------------------------------------------------
    def handle(self, request: RecordedRequest) -> Reply:
        """Answer one request (called under ``self.lock``)."""
        raise NotImplementedError

    # -- lifecycle ----------------------------------------------------------------
    @property
    def url(self) -> str:
        """``http://127.0.0.1:PORT`` of the running server."""
        if self._httpd is None:
            raise RuntimeError("the fake server is not started: call start() or use it as a context")
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> Self:
        """Listen on a free port of 127.0.0.1 and serve in a daemon thread."""
        httpd = ThreadingHTTPServer(("127.0.0.1", 0), _make_handler(self))
        httpd.daemon_threads = True
        httpd.block_on_close = False  # a hanging "timeout" handler must not block stop()
        self._httpd = httpd
        self._thread = threading.Thread(target=httpd.serve_forever, args=(0.05,),
                                        name=type(self).__name__, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and free the port."""
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- request flow -------------------------------------------------------------
    def process(self, request: RecordedRequest) -> Reply:
        """Replay a known idempotency key or handle the request, under the lock."""
        key = request.header("Idempotency-Key")
        with self.lock:
            if self.honour_idempotency_key and key and key in self._replies:
                request.outcome = "replayed"
                return self._replies[key]
            reply = self.handle(request)
            request.outcome = "ok" if reply.status < 400 else str(reply.status)
            if self.honour_idempotency_key and key and reply.status < 300:
                self._replies[key] = reply
            return reply

    def record(self, method: str, target: str, headers: dict[str, str], raw: bytes) -> RecordedRequest:
        """Record an incoming request."""
        parts = urlsplit(target)
        try:
            body: Any = json.loads(raw) if raw else None
        except ValueError:
            body = raw.decode("utf-8", "replace")
        with self.lock:
            request = RecordedRequest(len(self.requests) + 1, method, parts.path, parse_qs(parts.query),
                                      headers, body)
            self.requests.append(request)
        return request

    def handled(self, method: str | None = None, path_prefix: str = "") -> list[RecordedRequest]:
        """Requests that the service processed (ok, replayed or *_after), optionally filtered."""
        done = {"ok", "replayed", "drop_after", "timeout_after"}
        return [r for r in self.requests if r.outcome in done and r.path.startswith(path_prefix)
                and (method is None or r.method == method)]


def _make_handler(fake: FakeServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def setup(self) -> None:
            super().setup()
            # Headers and body go out in two writes; without NODELAY, Nagle plus delayed
            # ACKs add ~40 ms to every keep-alive request.
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

        def log_message(self, format: str, *args: Any) -> None:  # quiet test output
            pass

        def _dispatch(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            request = fake.record(self.command, self.path, dict(self.headers.items()), raw)
            mode = fake.failures.next(self.command)
            if mode in ("500", "503"):
                request.outcome = mode
                return self._send(Reply(int(mode), {"message": f"injected {mode}"}))
            if mode == "429":
                request.outcome = mode
                return self._send(Reply(429, {"message": "rate limited"},
                                        {"Retry-After": fake.retry_after}))
            if mode in ("drop", "timeout"):
                request.outcome = mode
                if mode == "timeout":
                    time.sleep(fake.hang_seconds)
                return self._drop()
            reply = fake.process(request)
            if mode == "drop_after":
                request.outcome = mode
                return self._drop()
            if mode == "timeout_after":
                request.outcome = mode
                time.sleep(fake.hang_seconds)
            return self._send(reply)

        def _drop(self) -> None:
            self.close_connection = True
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)

        def _send(self, reply: Reply) -> None:
            if isinstance(reply.body, str | bytes):
                data = reply.body.encode() if isinstance(reply.body, str) else reply.body
                ctype = "text/plain; charset=utf-8"
            else:
                data = json.dumps(reply.body).encode() if reply.body is not None else b""
                ctype = "application/json"
            try:
                self.send_response(reply.status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(data)))
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)
            except OSError:
                self.close_connection = True  # the client gave up (timed out) first

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _dispatch

    return Handler
