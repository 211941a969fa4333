"""What every LLM extractor shares: retries with backoff, JSON parsing, validation,
one repair attempt, call records and a requests-per-minute limiter.

The vendor SDKs are not imported here; each extractor module maps its SDK's errors to
:class:`CallFailure` so that the retry policy is written (and tested) once.
"""

from __future__ import annotations

import json
import random
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from functools import partial
from typing import Any

from pydantic import ValidationError

from leadqual.errors import ExtractionError, ExtractorUnavailable
from leadqual.extractors.base import Usage
from leadqual.signals import Signals

REQUIRED_FIELDS: dict[str, tuple[str, ...]] = {
    "budget": ("mentioned", "amount_indicated", "sensitivity", "quotes"),
    "authority": ("is_decision_maker", "mentioned_others", "role_signals", "quotes"),
    "need": ("problem_stated", "problem_description", "urgency_signals", "fit_score_hint"),
    "timeline": ("mentioned", "timeframe", "quotes"),
}
"""The contract's fields a model must answer; a missing one is invalid, not a default."""


@dataclass
class CallFailure(Exception):
    """A model call that failed, classified so the retry policy can decide."""

    kind: str
    """``retry`` (timeout, 429, 5xx, connection), ``auth`` (401/403) or ``fatal`` (400...)."""
    message: str
    status: int | None = None
    retry_after: float | None = None

    def __str__(self) -> str:
        return self.message


@dataclass
class CallLog:
    """Every model call made for one lead, and their usage totals."""

    calls: list[dict[str, Any]] = field(default_factory=list)
    usage: Usage = field(default_factory=lambda: Usage(0, 0, None))

    def record(self, model: str, started: float, outcome: str, input_tokens: int = 0,
               output_tokens: int = 0, cost: float | None = None) -> None:
        """Record one call (``outcome``: ok, invalid, retry:429, error:401, ...)."""
        self.calls.append({
            "model": model, "ms": round((time.perf_counter() - started) * 1000, 3),
            "input_tokens": input_tokens, "output_tokens": output_tokens,
            "cost_usd": cost, "outcome": outcome,
        })
        self.usage = self.usage + Usage(input_tokens, output_tokens, cost)


def parse_retry_after(headers: Any) -> float | None:
    """Seconds to wait from ``retry-after-ms`` or ``retry-after`` (seconds or HTTP date)."""
    if headers is None:
        return None
    value = headers.get("retry-after-ms")
    if value:
        try:
            return max(0.0, float(value) / 1000)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        try:
            return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
        except (TypeError, ValueError):
            return None


@dataclass
class RetryPolicy:
    """Exponential backoff with full jitter; a server's ``retry-after`` wins when given."""

    attempts: int = 4
    base: float = 0.5
    cap: float = 30.0
    sleep: Callable[[float], None] = time.sleep

    def delay(self, attempt: int, failure: CallFailure) -> float:
        """Seconds to wait before retry number ``attempt`` (1-based)."""
        if failure.retry_after is not None:
            return min(failure.retry_after, self.cap)
        # Full jitter spreads the retries of many threads hit by the same 429 burst.
        return random.uniform(0, min(self.cap, self.base * 2 ** (attempt - 1)))


def call_with_retry(send: Callable[[], Any], policy: RetryPolicy, log: CallLog, model: str,
                    usage_of: Callable[[Any], tuple[int, int, float | None]]) -> Any:
    """Call ``send`` until it answers, retrying transient failures; record every call.

    ``send`` raises :class:`CallFailure`. Auth failures raise
    :class:`ExtractorUnavailable` at once (a retry cannot fix a key), other fatal ones
    :class:`ExtractionError`; the message names the fix and never holds the key.
    """
    for attempt in range(1, policy.attempts + 1):
        started = time.perf_counter()
        try:
            response = send()
        except CallFailure as failure:
            tag = f"{'retry' if failure.kind == 'retry' else 'error'}:{failure.status or 'timeout'}"
            log.record(model, started, tag)
            if failure.kind == "auth":
                raise ExtractorUnavailable(failure.message) from None
            if failure.kind != "retry":
                raise ExtractionError(failure.message) from None
            if attempt == policy.attempts:
                raise ExtractionError(
                    f"{failure.message} (gave up after {attempt} attempts; lower --concurrency "
                    "or set --rpm, or check the server)"
                ) from None
            policy.sleep(policy.delay(attempt, failure))
            continue
        input_tokens, output_tokens, cost = usage_of(response)
        log.record(model, started, "ok", input_tokens, output_tokens, cost)
        return response
    raise AssertionError("unreachable")  # pragma: no cover


_FENCE = re.compile(r"```(?:json|JSON)?\s*\n?(.*?)```", re.DOTALL)


def parse_json_object(text: str) -> dict[str, Any]:
    """The JSON object in a model's text: bare, inside a ``` fence, or amid prose."""
    candidates = [text.strip()]
    candidates += [m.group(1).strip() for m in _FENCE.finditer(text)]
    start, end = text.find("{"), text.rfind("}")
    if 0 <= start < end:
        candidates.append(text[start:end + 1])
    error = "the answer holds no JSON object"
    for candidate in candidates:
        try:
            value = json.loads(candidate)
        except json.JSONDecodeError as exc:
            error = f"the answer is not valid JSON ({exc.msg} at line {exc.lineno} col {exc.colno})"
            continue
        if isinstance(value, dict):
            return value
        error = f"the answer is JSON but a {type(value).__name__}, not an object"
    raise ValueError(error)


def validate_signals(data: Any) -> Signals:
    """Signals from a model's answer; ``ValueError`` says exactly what is wrong.

    Every contract field must be present: a model that leaves one out did not read the
    conversation for it, and a silent default would hide that.
    """
    if not isinstance(data, dict):
        raise ValueError("the answer must be a JSON object")
    missing = [section for section in (*REQUIRED_FIELDS, "red_flags") if section not in data]
    for section, names in REQUIRED_FIELDS.items():
        if isinstance(data.get(section), dict):
            missing += [f"{section}.{name}" for name in names if name not in data[section]]
    if missing:
        raise ValueError(f"missing fields: {', '.join(missing)}")
    try:
        return Signals.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()[:8]
        )
        raise ValueError(f"the answer does not match the schema: {problems}") from None


def signals_json_schema() -> dict[str, Any]:
    """The extraction schema as one self-contained JSON Schema (no ``$ref``).

    Tool-use and structured-output APIs handle inline schemas best, and local servers
    (llama.cpp grammars, Ollama) often reject ``$ref``.
    """
    schema = Signals.model_json_schema()
    defs = schema.pop("$defs", {})

    def inline(node: Any) -> Any:
        if isinstance(node, dict):
            if "$ref" in node:
                return inline(defs[node["$ref"].rsplit("/", 1)[-1]])
            out = {k: inline(v) for k, v in node.items() if k not in ("title", "default")}
            return out
        if isinstance(node, list):
            return [inline(v) for v in node]
        return node

    result: dict[str, Any] = inline(schema)
    result["required"] = [*REQUIRED_FIELDS, "red_flags"]
    for section, names in REQUIRED_FIELDS.items():
        result["properties"][section]["required"] = list(names)
    return result


_STEERING = re.compile(
    r"\b(?:ignore|disregard|forget) (?:all |any |your |the |previous |prior |above |earlier )*"
    r"(?:instructions|rules|prompts?|guidelines)\b"
    r"|\b(?:mark|score|rate|classify|label|tag) (?:me|us|this(?: lead)?|my lead)(?: as)? "
    r"(?:as )?(?:a )?(?:hot|high|top|100|priority)\b"
    r"|\b(?:system|developer|admin) (?:prompt|message|override)\b|\byou are now\b"
    r"|\bnew instructions\b",
    re.IGNORECASE,
)
STEERING_FLAG = "attempt to steer the qualification"


def steering_flag(customer_text: str) -> str | None:
    """The red flag for text that tries to steer the qualification, or ``None``.

    Checked in code, not left to the model: the model being steered is the one that
    would have to report it.
    """
    match = _STEERING.search(customer_text)
    return f"{STEERING_FLAG}: {match.group(0)!r}" if match else None


class RateLimiter:
    """At most ``rpm`` starts per minute, spaced evenly, shared by every thread."""

    def __init__(self, rpm: float, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        if rpm <= 0:
            raise ValueError("rpm must be positive")
        self.interval = 60.0 / rpm
        self._clock, self._sleep = clock, sleep
        self._next = 0.0
        self._lock = threading.Lock()

    def acquire(self) -> None:
        """Block until this caller may start its request."""
        with self._lock:  # reserve a slot under the lock, sleep outside it
            now = self._clock()
            slot = max(now, self._next)
            self._next = slot + self.interval
        if slot > now:
            self._sleep(slot - now)


class LLMExtractor:
    """The extraction loop of an LLM extractor; subclasses only speak their SDK.

    One lead: send the prompt (retrying transient failures), validate the answer, and
    on invalid output send one repair request naming the error; a second invalid answer
    raises :class:`ExtractionError`, which the pipeline turns into the neutral fallback.
    """

    name = "llm"
    local = False
    """True for a server on this machine: an unpriced model then costs 0, not unknown."""

    def __init__(self, model: str, retry: RetryPolicy | None = None,
                 prices: dict[str, tuple[float, float]] | None = None) -> None:
        from leadqual.extractors.pricing import price_table

        self.model = model
        self.retry = retry or RetryPolicy()
        self.prices = price_table(prices)
        self._disabled: str | None = None

    # -- what a subclass provides -------------------------------------------------
    def _send(self, system: str, messages: list[dict[str, str]]) -> Any:
        """One SDK call; raise :class:`CallFailure` on failure."""
        raise NotImplementedError

    def _answer(self, response: Any) -> dict[str, Any] | str:
        """The structured answer (a dict from a tool call) or the text of a response."""
        raise NotImplementedError

    def _tokens(self, response: Any) -> tuple[int, int]:
        """(input tokens, output tokens) of a response."""
        raise NotImplementedError

    # -- the shared loop ----------------------------------------------------------
    def _usage_of(self, response: Any) -> tuple[int, int, float | None]:
        from leadqual.extractors.pricing import cost_usd

        input_tokens, output_tokens = self._tokens(response)
        cost = cost_usd(self.model, input_tokens, output_tokens, self.prices)
        if cost is None and self.local:
            cost = 0.0
        return input_tokens, output_tokens, cost

    def extract(self, conversation: Any, profile: Any) -> Any:
        """Read one conversation (see the class docstring)."""
        from leadqual.extractors.base import Extraction
        from leadqual.extractors.prompt import build_prompt, repair_message

        if self._disabled:
            # A rejected key stays rejected: fail every later lead without a call.
            raise ExtractorUnavailable(self._disabled)
        prompt = build_prompt(conversation, profile)
        messages = [{"role": "user", "content": prompt.user}]
        log = CallLog()
        for attempt in (1, 2):
            try:
                response = call_with_retry(partial(self._send, prompt.system, messages),
                                           self.retry, log, self.model, self._usage_of)
            except ExtractorUnavailable as exc:
                self._disabled = str(exc)
                raise _with_calls(exc, log) from None
            except ExtractionError as exc:
                raise _with_calls(exc, log) from None
            answer = self._answer(response)
            try:
                data = answer if isinstance(answer, dict) else parse_json_object(answer)
                signals = validate_signals(data)
            except ValueError as exc:
                log.calls[-1]["outcome"] = "invalid"
                if attempt == 2:
                    raise _with_calls(ExtractionError(
                        f"{self.name} model {self.model} gave invalid output twice ({exc}); "
                        "try a stronger --model or --extractor rules"), log) from None
                previous = answer if isinstance(answer, str) else json.dumps(answer)
                messages = [*messages, {"role": "assistant", "content": previous or "(empty)"},
                            {"role": "user", "content": repair_message(str(exc))}]
                continue
            flag = steering_flag(conversation.customer_text)
            if flag and not any(STEERING_FLAG in f for f in signals.red_flags):
                signals.red_flags = [*signals.red_flags, flag]
            return Extraction(signals=signals, model=self.model, usage=log.usage,
                              notes={"calls": log.calls, "repaired": attempt == 2})
        raise AssertionError("unreachable")  # pragma: no cover


def _with_calls(exc: ExtractionError, log: CallLog) -> ExtractionError:
    """Attach the calls made so far, so a fallback still reports what it cost."""
    exc.calls = log.calls  # type: ignore[attr-defined]
    exc.usage = log.usage  # type: ignore[attr-defined]
    return exc
