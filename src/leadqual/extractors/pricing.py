"""Model prices (USD per million tokens) and the cost of a call.

The defaults are list prices at the time of writing; a user overrides or extends them
with ``LEADQUAL_PRICES='{"my-model": [0.5, 1.5]}'`` (input, output per million tokens),
because a stale price table must never be the only way to get an honest cost.
"""

from __future__ import annotations

from collections.abc import Mapping

from leadqual.settings import get_settings

Price = tuple[float, float]
"""(USD per million input tokens, USD per million output tokens)."""

DEFAULT_PRICES: dict[str, Price] = {
    "claude-haiku-4-5": (1.0, 5.0),
    "claude-3-5-haiku": (0.8, 4.0),
    "claude-sonnet-4-5": (3.0, 15.0),
    "claude-sonnet-4": (3.0, 15.0),
    "claude-opus-4-5": (5.0, 25.0),
    "claude-opus-4-1": (15.0, 75.0),
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.0),
    "gpt-4.1-nano": (0.10, 0.40),
    "gpt-4.1-mini": (0.40, 1.60),
    "gpt-4.1": (2.0, 8.0),
    "gpt-5-mini": (0.25, 2.0),
    "gpt-5-nano": (0.05, 0.40),
    "fake-small": (0.0, 0.0),
    "fake-large": (0.0, 0.0),
}


def price_table(overrides: Mapping[str, Price] | None = None) -> dict[str, Price]:
    """The defaults, then the ``LEADQUAL_PRICES`` setting, then ``overrides``."""
    table = dict(DEFAULT_PRICES)
    table.update({k: (float(v[0]), float(v[1])) for k, v in get_settings().prices.items()})
    if overrides:
        table.update(overrides)
    return table


def price_for(model: str, table: Mapping[str, Price]) -> Price | None:
    """The price of ``model``: an exact entry, else the longest entry it starts with.

    A prefix match lets a dated snapshot ("claude-haiku-4-5-20251001") or an Ollama tag
    ("llama3.2:3b" under "llama3.2") use its family's price.
    """
    if model in table:
        return table[model]
    matches = [name for name in table if model.startswith(name)]
    return table[max(matches, key=len)] if matches else None


def cost_usd(model: str, input_tokens: int, output_tokens: int,
             table: Mapping[str, Price]) -> float | None:
    """USD cost of one call, or ``None`` when the model has no price."""
    price = price_for(model, table)
    if price is None:
        return None
    return round((input_tokens * price[0] + output_tokens * price[1]) / 1_000_000, 8)
