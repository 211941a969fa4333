"""The extractor interface: ``extract(conversation, profile) -> Extraction``."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from leadqual.conversation import Conversation
from leadqual.profile import Profile
from leadqual.signals import Signals


@dataclass
class Usage:
    """Tokens a model call used and what it cost (``None`` when the price is unknown)."""

    input_tokens: int = 0
    output_tokens: int = 0
    cost_usd: float | None = None

    def __add__(self, other: Usage) -> Usage:
        cost = None if self.cost_usd is None and other.cost_usd is None else (
            (self.cost_usd or 0.0) + (other.cost_usd or 0.0)
        )
        return Usage(
            self.input_tokens + other.input_tokens, self.output_tokens + other.output_tokens, cost
        )


@dataclass
class Extraction:
    """What an extractor read: the signals, plus the model, usage and notes behind them."""

    signals: Signals
    model: str | None = None
    usage: Usage | None = None
    notes: dict[str, Any] = field(default_factory=dict)
    """Extra metadata to record (e.g. which cascade stage decided and why)."""


@runtime_checkable
class Extractor(Protocol):
    """Reads a conversation against a business profile and returns signals.

    Implementations raise :class:`leadqual.errors.ExtractionError` when they cannot;
    the pipeline then gives the lead the neutral fallback and the batch goes on.
    """

    name: str

    def extract(self, conversation: Conversation, profile: Profile) -> Extraction:
        """Read one conversation."""
        ...
