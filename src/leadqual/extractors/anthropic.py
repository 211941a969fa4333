"""``--extractor claude``: Claude through the official ``anthropic`` SDK.

Structured output by a forced tool call whose input schema is the extraction schema;
the SDK's own retries are off so that every attempt is recorded and the backoff policy
(:class:`leadqual.extractors.llm.RetryPolicy`) is the same for every vendor.
"""

from __future__ import annotations

import os
from typing import Any
from urllib.parse import urlparse

from leadqual.errors import ExtractorUnavailable
from leadqual.extractors.llm import CallFailure, LLMExtractor, RetryPolicy, signals_json_schema

try:
    import anthropic
except ImportError as _missing:  # pragma: no cover - the extra is installed in dev
    raise ExtractorUnavailable(
        "the claude extractor needs the anthropic SDK: pip install 'leadqual[anthropic]'"
    ) from _missing

DEFAULT_MODEL = "claude-haiku-4-5"
TOOL_NAME = "record_signals"
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


def _retry_after(exc: anthropic.APIStatusError) -> float | None:
    from leadqual.extractors.llm import parse_retry_after

    return parse_retry_after(exc.response.headers)


def classify(exc: Exception, model: str) -> CallFailure:
    """Map an ``anthropic`` exception to a retry decision and a message naming the fix."""
    if isinstance(exc, anthropic.APITimeoutError):
        return CallFailure("retry", "the Anthropic API timed out")
    if isinstance(exc, anthropic.APIConnectionError):
        return CallFailure("retry", "cannot reach the Anthropic API: check ANTHROPIC_BASE_URL "
                                    "and the network")
    if isinstance(exc, anthropic.APIStatusError):
        status = exc.status_code
        if status in (401, 403):
            return CallFailure("auth", f"the Anthropic API rejected the key ({status}): set "
                                       "ANTHROPIC_API_KEY to a valid key, or use --extractor rules",
                               status)
        if status in (408, 409, 429) or status >= 500:
            return CallFailure("retry", f"the Anthropic API answered {status}", status,
                               _retry_after(exc))
        if status == 404:
            return CallFailure("fatal", f"the Anthropic API does not know model {model!r} (404): "
                                        "pass a valid --model", status)
        return CallFailure("fatal", f"the Anthropic API refused the request ({status}: "
                                    f"{_short(exc.message)}); check --model and the SDK version",
                           status)
    raise exc


def _short(text: str) -> str:
    return text if len(text) <= 200 else text[:200] + "..."


class ClaudeExtractor(LLMExtractor):
    """Claude reads the conversation and answers by a forced ``record_signals`` call.

    Options: ``model`` (default :data:`DEFAULT_MODEL`), ``api_key`` (default
    ``ANTHROPIC_API_KEY``), ``base_url`` (default ``ANTHROPIC_BASE_URL``), ``timeout``
    seconds, ``attempts`` (retries of timeouts, 429 and 5xx), ``prices``.
    """

    name = "claude"

    def __init__(self, model: str | None = None, *, api_key: str | None = None,
                 base_url: str | None = None, timeout: float = 60.0, attempts: int = 4,
                 max_tokens: int = 1024, prices: dict[str, tuple[float, float]] | None = None,
                 retry: RetryPolicy | None = None) -> None:
        super().__init__(model or DEFAULT_MODEL, retry or RetryPolicy(attempts=attempts), prices)
        key = api_key or os.environ.get("ANTHROPIC_API_KEY")
        if not key:
            raise ExtractorUnavailable(
                "the claude extractor needs an API key: set ANTHROPIC_API_KEY, or use "
                "--extractor rules (offline)"
            )
        base_url = base_url or os.environ.get("ANTHROPIC_BASE_URL") or None
        self.local = bool(base_url) and urlparse(base_url or "").hostname in LOCAL_HOSTS
        self.max_tokens = max_tokens
        self._tool = {
            "name": TOOL_NAME,
            "description": "Record the BANT signals read from the conversation.",
            "input_schema": signals_json_schema(),
        }
        self._client = anthropic.Anthropic(api_key=key, base_url=base_url, timeout=timeout,
                                           max_retries=0)

    def _send(self, system: str, messages: list[dict[str, str]]) -> Any:
        try:
            request: dict[str, Any] = {
                "model": self.model, "max_tokens": self.max_tokens, "system": system,
                "messages": messages, "tools": [self._tool],
                "tool_choice": {"type": "tool", "name": TOOL_NAME},
            }
            return self._client.messages.create(**request)
        except anthropic.AnthropicError as exc:
            raise classify(exc, self.model) from None

    def _answer(self, response: Any) -> dict[str, Any] | str:
        for block in response.content:
            if block.type == "tool_use" and isinstance(block.input, dict):
                return dict(block.input)
        # No tool call (some proxies ignore tool_choice): read the text as JSON.
        return "".join(getattr(b, "text", "") for b in response.content)

    def _tokens(self, response: Any) -> tuple[int, int]:
        usage = response.usage
        return int(usage.input_tokens or 0), int(usage.output_tokens or 0)
