"""Retry policy: which failures to retry, and how long to wait before the next try.

Retryable: timeouts, connection errors (refused, reset, dropped), 408, 425, 429 and
every 5xx. Permanent: every other 4xx (a bad token or a rejected payload fails the
same way every time, so it is reported at once instead of hammering the service).

Waits grow exponentially with "full jitter" (a random wait between 0 and the cap, so
that many workers recovering from one outage do not retry in lockstep), and a
``Retry-After`` from the server is always honoured as a minimum.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import TypeVar

import httpx

from leadqual.delivery.base import DeliveryError, PermanentDeliveryError, RetryableDeliveryError

RETRYABLE_STATUSES = frozenset({408, 425, 429})
T = TypeVar("T")


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (seconds or an HTTP date), or None."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def is_retryable_status(status: int) -> bool:
    """Whether an HTTP status is worth retrying."""
    return status in RETRYABLE_STATUSES or status >= 500


def error_for_status(status: int, headers: Mapping[str, str], body: str, sink: str,
                     what: str) -> DeliveryError:
    """The :class:`DeliveryError` for a non-2xx answer, classified."""
    snippet = body.strip().replace("\n", " ")[:300]
    if is_retryable_status(status):
        retry_after = parse_retry_after(_header(headers, "retry-after"))
        wait = f", retry after {retry_after:g}s" if retry_after is not None else ""
        return RetryableDeliveryError(f"{sink}: {what} answered {status}{wait}: {snippet}",
                                      status=status, retry_after=retry_after, sink=sink)
    hint = {401: "check the token", 403: "check the token's scopes",
            404: "check the base URL"}.get(status, "check the payload and the sink settings")
    return PermanentDeliveryError(f"{sink}: {what} answered {status} ({hint}): {snippet}",
                                  status=status, sink=sink)


def _header(headers: Mapping[str, str], name: str) -> str | None:
    for key, value in headers.items():
        if key.lower() == name:
            return value
    return None


def classify(exc: BaseException, sink: str = "sink") -> DeliveryError:
    """Turn any failure of a push into a classified :class:`DeliveryError`."""
    if isinstance(exc, DeliveryError):
        return exc
    if isinstance(exc, httpx.HTTPStatusError):
        response = exc.response
        return error_for_status(response.status_code, response.headers, response.text, sink,
                                f"{exc.request.method} {exc.request.url.path}")
    if isinstance(exc, httpx.TimeoutException | TimeoutError):
        return RetryableDeliveryError(f"{sink}: timed out ({exc or type(exc).__name__})", sink=sink)
    if isinstance(exc, httpx.TransportError | ConnectionError | OSError):
        # OSError covers urllib's URLError and http.client's RemoteDisconnected (Slack SDK).
        return RetryableDeliveryError(f"{sink}: connection failed ({type(exc).__name__}: {exc})",
                                      sink=sink)
    return PermanentDeliveryError(f"{sink}: unexpected {type(exc).__name__}: {exc}", sink=sink)


@dataclass(frozen=True)
class RetryPolicy:
    """How many times to try and how long to wait between tries."""

    max_attempts: int = 8
    """Tries in all, the first included; after that the delivery is dead."""
    base_delay: float = 1.0
    """Seconds; the cap of the wait after the first failure."""
    factor: float = 2.0
    max_delay: float = 300.0
    """No computed wait is longer (a server's Retry-After may still be)."""
    max_retry_after: float = 3600.0
    """Longer Retry-After values are clamped: an hour is long enough to ask again."""

    def delay(self, attempt: int, retry_after: float | None = None,
              rng: random.Random | None = None) -> float:
        """Seconds to wait after failed try number ``attempt`` (1-based).

        Full jitter: uniform in [0, min(max_delay, base * factor ** (attempt - 1))];
        never less than the server's ``retry_after``.
        """
        cap = min(self.max_delay, self.base_delay * self.factor ** max(0, attempt - 1))
        wait = (rng or random).uniform(0, cap)
        if retry_after is not None:
            wait = max(wait, min(retry_after, self.max_retry_after))
        return wait

    def should_retry(self, error: DeliveryError, attempt: int) -> bool:
        """Whether to try again after ``error`` on try number ``attempt``."""
        return error.retryable and attempt < self.max_attempts


@dataclass
class Attempt:
    """One failed try, as seen by :func:`deliver_with_retry`."""

    number: int
    error: DeliveryError
    wait: float


def deliver_with_retry(
    send: Callable[[], T],
    policy: RetryPolicy | None = None,
    *,
    sink: str = "sink",
    sleep: Callable[[float], None] = time.sleep,
    rng: random.Random | None = None,
    on_failure: Callable[[Attempt], None] | None = None,
) -> T:
    """Call ``send`` until it succeeds, a failure is permanent, or tries run out.

    Raises the last :class:`DeliveryError`. The outbox loop schedules its tries in the
    database instead of sleeping; this is for callers that deliver inline.
    """
    policy = policy or RetryPolicy()
    attempt = 0
    while True:
        attempt += 1
        try:
            return send()
        except Exception as exc:
            error = classify(exc, sink)
            if not policy.should_retry(error, attempt):
                raise error from exc
            wait = policy.delay(attempt, error.retry_after, rng)
            if on_failure is not None:
                on_failure(Attempt(attempt, error, wait))
            sleep(wait)
