"""A small JSON-over-HTTP client shared by the CRM sinks.

Every failure leaves here as a classified :class:`~leadqual.delivery.base.DeliveryError`,
so the sinks only describe requests. Tests pass ``transport`` (any httpx transport) or
point ``base_url`` at a fake server on 127.0.0.1.
"""

from __future__ import annotations

from typing import Any

import httpx

from leadqual.delivery.base import PermanentDeliveryError
from leadqual.delivery.retry import classify, error_for_status


class JsonHttp:
    """JSON requests against one base URL, with auth headers and a timeout."""

    def __init__(self, sink: str, base_url: str, *, headers: dict[str, str] | None = None,
                 timeout: float = 10.0, transport: httpx.BaseTransport | None = None) -> None:
        self.sink = sink
        self._client = httpx.Client(base_url=base_url.rstrip("/"), headers=headers or {},
                                    timeout=timeout, transport=transport)

    def request(self, method: str, path: str, *, json: Any = None,
                params: dict[str, Any] | None = None, idempotency_key: str | None = None) -> Any:
        """Send one request; return the decoded JSON body (``{}`` when empty)."""
        headers = {"Idempotency-Key": idempotency_key} if idempotency_key else {}
        try:
            response = self._client.request(method, path, json=json, params=params, headers=headers)
        except httpx.HTTPError as exc:
            raise classify(exc, self.sink) from exc
        if not response.is_success:
            raise error_for_status(response.status_code, response.headers, response.text,
                                   self.sink, f"{method} {path}")
        if not response.content:
            return {}
        try:
            return response.json()
        except ValueError as exc:
            raise PermanentDeliveryError(
                f"{self.sink}: {method} {path} answered {response.status_code} with a body that is "
                f"not JSON ({response.text[:120]!r}): check the base URL", sink=self.sink,
            ) from exc

    def close(self) -> None:
        """Close the connection pool."""
        self._client.close()
