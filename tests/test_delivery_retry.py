"""Failure classification, backoff with jitter, Retry-After, and the retry loop."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest

from leadqual.delivery import (
    DeliveryError,
    DeliveryResult,
    PermanentDeliveryError,
    RetryableDeliveryError,
    RetryPolicy,
    classify,
    deliver_with_retry,
    parse_retry_after,
)
from leadqual.delivery.crm import RestCrmSink
from leadqual.testing.fake_crm import FailurePlan, FakeCrm
from leadqual.testing.qualifications import sample_lead, sample_qualification


def _status_error(status: int, headers: dict[str, str] | None = None) -> httpx.HTTPStatusError:
    request = httpx.Request("POST", "http://127.0.0.1/api/leads")
    response = httpx.Response(status, headers=headers, text="nope", request=request)
    return httpx.HTTPStatusError("failed", request=request, response=response)


@pytest.mark.parametrize("status", [408, 425, 429, 500, 502, 503, 504])
def test_retryable_statuses(status: int) -> None:
    error = classify(_status_error(status))
    assert isinstance(error, RetryableDeliveryError) and error.status == status


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422])
def test_other_4xx_are_permanent(status: int) -> None:
    error = classify(_status_error(status))
    assert isinstance(error, PermanentDeliveryError) and not error.retryable


def test_429_carries_retry_after() -> None:
    assert classify(_status_error(429, {"Retry-After": "12"})).retry_after == 12


@pytest.mark.parametrize("exc", [
    httpx.ConnectTimeout("slow"), httpx.ReadTimeout("slow"), httpx.ConnectError("refused"),
    httpx.RemoteProtocolError("dropped"), TimeoutError("urllib timeout"), ConnectionResetError(),
    OSError("urlopen error")])
def test_network_failures_are_retryable(exc: Exception) -> None:
    assert classify(exc).retryable


def test_unexpected_bug_is_permanent() -> None:
    assert not classify(KeyError("id")).retryable


def test_parse_retry_after_seconds_and_http_date() -> None:
    now = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
    assert parse_retry_after("30") == 30
    assert parse_retry_after(format_datetime(now + timedelta(seconds=90), usegmt=True), now) == 90
    assert parse_retry_after(format_datetime(now - timedelta(seconds=5), usegmt=True), now) == 0
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None


def test_backoff_grows_exponentially_with_full_jitter_and_a_cap() -> None:
    policy = RetryPolicy(base_delay=1, factor=2, max_delay=20)
    rng = random.Random(7)
    for attempt, cap in [(1, 1), (2, 2), (3, 4), (4, 8), (5, 16), (6, 20), (12, 20)]:
        waits = [policy.delay(attempt, rng=rng) for _ in range(300)]
        assert all(0 <= w <= cap for w in waits)
        assert max(waits) > cap * 0.8  # spread over the whole range: jitter, not a constant
        assert min(waits) < cap * 0.2


def test_backoff_honours_retry_after_as_a_minimum() -> None:
    policy = RetryPolicy(base_delay=1, max_delay=5, max_retry_after=600)
    rng = random.Random(1)
    assert all(policy.delay(1, retry_after=30, rng=rng) == 30 for _ in range(50))
    assert policy.delay(1, retry_after=10_000, rng=rng) == 600


def test_retry_loop_stops_at_a_permanent_error() -> None:
    calls: list[int] = []

    def send() -> DeliveryResult:
        calls.append(1)
        raise PermanentDeliveryError("bad token")

    with pytest.raises(PermanentDeliveryError):
        deliver_with_retry(send, RetryPolicy(max_attempts=5), sleep=lambda _: None)
    assert len(calls) == 1


def test_retry_loop_gives_up_after_max_attempts() -> None:
    waits: list[float] = []

    def send() -> DeliveryResult:
        raise RetryableDeliveryError("down", status=503)

    with pytest.raises(DeliveryError, match="down"):
        deliver_with_retry(send, RetryPolicy(max_attempts=4, base_delay=0.5), sleep=waits.append)
    assert len(waits) == 3


def test_sink_against_failing_fake_waits_as_the_server_asks() -> None:
    plan = FailurePlan(script=["500", "429", "drop", "timeout"])
    with FakeCrm(failures=plan, retry_after="3", hang_seconds=1.0) as crm:
        sink = RestCrmSink(crm.url, timeout=0.3)
        waits: list[float] = []
        errors: list[DeliveryError] = []
        result = deliver_with_retry(
            lambda: sink.push(sample_qualification("hot", "r1"), sample_lead("r1")),
            RetryPolicy(max_attempts=6, base_delay=0.01), sink="crm", sleep=waits.append,
            rng=random.Random(0), on_failure=lambda attempt: errors.append(attempt.error))
        assert [e.status for e in errors] == [500, 429, None, None]
        assert "connection failed" in str(errors[2]) and "timed out" in str(errors[3])
        assert waits[1] >= 3  # Retry-After honoured
        assert all(w <= 0.16 for i, w in enumerate(waits) if i != 1)
        assert result.external_ref == "crm-1" and crm.writes == {"r1": 1}
