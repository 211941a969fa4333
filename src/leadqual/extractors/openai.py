"""``--extractor openai``: OpenAI or any compatible server through the ``openai`` SDK.

Works against OpenAI and against local servers that speak Chat Completions: Ollama,
vLLM, llama.cpp server, LM Studio (``OPENAI_BASE_URL``, ``--model``). Structured output
by ``response_format`` JSON schema; ``response_format="json_object"`` or ``"none"`` for
servers that do not support schemas. The answer is validated either way.
"""

from __future__ import annotations

import os
from typing import Any
from urllib.parse import urlparse

from leadqual.errors import ConfigError, ExtractorUnavailable
from leadqual.extractors.llm import (
    CallFailure,
    LLMExtractor,
    RetryPolicy,
    parse_retry_after,
    signals_json_schema,
)

try:
    import openai
except ImportError as _missing:  # pragma: no cover - the extra is installed in dev
    raise ExtractorUnavailable(
        "the openai extractor needs the openai SDK: pip install 'leadqual[openai]'"
    ) from _missing

DEFAULT_MODEL = "gpt-4o-mini"
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1", "0.0.0.0")
FORMATS = ("json_schema", "json_object", "none")


def classify(exc: Exception, model: str, base_url: str) -> CallFailure:
    """Map an ``openai`` exception to a retry decision and a message naming the fix."""
    if isinstance(exc, openai.APITimeoutError):
        return CallFailure("retry", f"the model server at {base_url} timed out")
    if isinstance(exc, openai.APIConnectionError):
        return CallFailure("retry", f"cannot reach the model server at {base_url}: is it running? "
                                    "(check OPENAI_BASE_URL)")
    if isinstance(exc, openai.APIStatusError):
        status = exc.status_code
        if status in (401, 403):
            return CallFailure("auth", f"the server at {base_url} rejected the key ({status}): set "
                                       "OPENAI_API_KEY to a valid key, or use --extractor rules",
                               status)
        if status in (408, 409, 429) or status >= 500:
            return CallFailure("retry", f"the model server answered {status}", status,
                               parse_retry_after(exc.response.headers))
        if status == 404:
            return CallFailure("fatal", f"the server at {base_url} does not know model {model!r} "
                                        "(404): pass a valid --model (for Ollama: ollama pull "
                                        "MODEL first)", status)
        message = exc.message if len(exc.message) <= 200 else exc.message[:200] + "..."
        return CallFailure("fatal", f"the model server refused the request ({status}: {message}); "
                                    "if it does not support JSON schemas, pass "
                                    "response_format='json_object'", status)
    raise exc


class OpenAIExtractor(LLMExtractor):
    """A Chat Completions model reads the conversation and answers with JSON.

    Options: ``model`` (default :data:`DEFAULT_MODEL`), ``api_key`` (default
    ``OPENAI_API_KEY``; not needed for a local server), ``base_url`` (default
    ``OPENAI_BASE_URL``), ``response_format`` (json_schema, json_object or none),
    ``timeout`` seconds, ``attempts``, ``prices``.
    """

    name = "openai"

    def __init__(self, model: str | None = None, *, api_key: str | None = None,
                 base_url: str | None = None, response_format: str = "json_schema",
                 timeout: float = 60.0, attempts: int = 4, max_tokens: int = 1024,
                 prices: dict[str, tuple[float, float]] | None = None,
                 retry: RetryPolicy | None = None) -> None:
        super().__init__(model or DEFAULT_MODEL, retry or RetryPolicy(attempts=attempts), prices)
        if response_format not in FORMATS:
            raise ConfigError(f"response_format must be one of {', '.join(FORMATS)}, "
                              f"not {response_format!r}")
        base_url = base_url or os.environ.get("OPENAI_BASE_URL") or None
        self.local = bool(base_url) and urlparse(base_url or "").hostname in LOCAL_HOSTS
        key = api_key or os.environ.get("OPENAI_API_KEY")
        if not key and not self.local:
            raise ExtractorUnavailable(
                "the openai extractor needs an API key: set OPENAI_API_KEY, or point "
                "OPENAI_BASE_URL at a local server (e.g. http://127.0.0.1:11434/v1 for "
                "Ollama), or use --extractor rules (offline)"
            )
        self.base_url = base_url or "https://api.openai.com/v1"
        self.max_tokens = max_tokens
        self.response_format = response_format
        # Local servers ignore the key, but the SDK insists on one.
        self._client = openai.OpenAI(api_key=key or "local-no-key", base_url=base_url,
                                     timeout=timeout, max_retries=0)

    def _format(self) -> dict[str, Any] | None:
        if self.response_format == "json_schema":
            return {"type": "json_schema",
                    "json_schema": {"name": "signals", "schema": signals_json_schema()}}
        if self.response_format == "json_object":
            return {"type": "json_object"}
        return None

    def _send(self, system: str, messages: list[dict[str, str]]) -> Any:
        extra: dict[str, Any] = {}
        response_format = self._format()
        if response_format is not None:
            extra["response_format"] = response_format
        try:
            return self._client.chat.completions.create(
                model=self.model, max_tokens=self.max_tokens, temperature=0,
                messages=[{"role": "system", "content": system}, *messages],  # type: ignore[list-item]
                **extra,
            )
        except openai.OpenAIError as exc:
            raise classify(exc, self.model, self.base_url) from None

    def _answer(self, response: Any) -> dict[str, Any] | str:
        if not response.choices:
            return ""
        return response.choices[0].message.content or ""

    def _tokens(self, response: Any) -> tuple[int, int]:
        usage = response.usage
        if usage is None:  # some local servers do not count
            return 0, 0
        return int(usage.prompt_tokens or 0), int(usage.completion_tokens or 0)
