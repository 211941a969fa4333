"""``--extractor fake``: a scripted extractor for tests, docs and benchmarks.

It answers from a script (signals, dicts or exceptions, in turn) or a function of the
conversation, records a call like an LLM extractor does, and costs nothing. Unlike the
fake servers in :mod:`leadqual.testing.fake_llm` it involves no HTTP at all.
"""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable, Iterable
from typing import Any

from leadqual.conversation import Conversation
from leadqual.errors import ExtractionError
from leadqual.extractors.base import Extraction, Usage
from leadqual.extractors.llm import validate_signals
from leadqual.profile import Profile
from leadqual.signals import Signals

Answer = Signals | dict[str, Any] | Exception
Script = Iterable[Answer] | Callable[[Conversation, Profile], Answer]


class ScriptedExtractor:
    """Returns scripted readings in turn (cycling), or what ``script(conv, profile)`` gives.

    Options: ``script`` (default: one empty reading), ``model`` (recorded name),
    ``delay`` (seconds to sleep per call, to stand in for a model), ``name``.
    """

    def __init__(self, script: Script | None = None, *, model: str = "scripted",
                 delay: float = 0.0, name: str = "fake") -> None:
        self.name = name
        self.model = model
        self.delay = delay
        self._function: Callable[[Conversation, Profile], Answer] | None = None
        self._answers: Any = None
        if callable(script):
            self._function = script
        else:
            self._answers = itertools.cycle(list(script) if script is not None else [Signals()])
        self._lock = threading.Lock()
        self.seen: list[Conversation] = []

    def extract(self, conversation: Conversation, profile: Profile) -> Extraction:
        """The next scripted reading of ``conversation``."""
        started = time.perf_counter()
        if self.delay:
            time.sleep(self.delay)
        with self._lock:
            self.seen.append(conversation)
            answer = (self._function(conversation, profile) if self._function
                      else next(self._answers))
        call = {"model": self.model, "ms": round((time.perf_counter() - started) * 1000, 3),
                "input_tokens": 0, "output_tokens": 0, "cost_usd": 0.0, "outcome": "ok"}
        if isinstance(answer, Exception):
            call["outcome"] = "error"
            if isinstance(answer, ExtractionError):
                raise answer
            raise ExtractionError(f"scripted failure: {answer}") from answer
        try:
            signals = answer if isinstance(answer, Signals) else validate_signals(answer)
        except ValueError as exc:
            raise ExtractionError(f"scripted answer is invalid: {exc}") from None
        return Extraction(signals=signals.model_copy(deep=True), model=self.model,
                          usage=Usage(0, 0, 0.0), notes={"calls": [call]})
