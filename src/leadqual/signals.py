"""The extraction schema (BANT signals) and quote grounding.

Every quote in a :class:`Signals` must be a verbatim span of the customer's own text;
:func:`ground` enforces that, so an extractor (or a model obeying an injected prompt)
cannot raise a score by inventing evidence.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

AmountBucket = Literal["under 1k", "1k-5k", "5k-20k", "20k+", "unknown"]
Sensitivity = Literal["price_sensitive", "neutral", "not_concerned"]
Fit = Literal["clear_fit", "possible_fit", "poor_fit", "unknown"]
Timeframe = Literal["immediate", "this_month", "this_quarter", "this_year", "just_browsing", "unknown"]

AMOUNT_BUCKETS: tuple[str, ...] = ("under 1k", "1k-5k", "5k-20k", "20k+", "unknown")
FITS: tuple[str, ...] = ("clear_fit", "possible_fit", "poor_fit", "unknown")
TIMEFRAMES: tuple[str, ...] = (
    "immediate", "this_month", "this_quarter", "this_year", "just_browsing", "unknown",
)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Budget(_Model):
    """What the customer said about money."""

    mentioned: bool = False
    amount_indicated: AmountBucket = "unknown"
    sensitivity: Sensitivity = "neutral"
    quotes: list[str] = Field(default_factory=list)
    amount: float | None = None
    """The amount in the profile currency (a year of a recurring amount), or null."""
    currency: str | None = None
    """ISO 4217 code of ``amount`` (the profile currency)."""


class Authority(_Model):
    """Whether the customer decides, and who else takes part."""

    is_decision_maker: bool | None = None
    mentioned_others: bool = False
    role_signals: list[str] = Field(default_factory=list)
    quotes: list[str] = Field(default_factory=list)


class Need(_Model):
    """The problem the customer stated and how well the business fits it."""

    problem_stated: bool = False
    problem_description: str = ""
    urgency_signals: list[str] = Field(default_factory=list)
    fit_score_hint: Fit = "unknown"


class Timeline(_Model):
    """When the customer wants to buy."""

    mentioned: bool = False
    timeframe: Timeframe = "unknown"
    quotes: list[str] = Field(default_factory=list)


class Signals(_Model):
    """One reading of a conversation: the contract's extraction schema."""

    budget: Budget = Field(default_factory=Budget)
    authority: Authority = Field(default_factory=Authority)
    need: Need = Field(default_factory=Need)
    timeline: Timeline = Field(default_factory=Timeline)
    red_flags: list[str] = Field(default_factory=list)


def bucket_for(amount: float) -> AmountBucket:
    """The contract's bucket for an amount in the profile currency."""
    if amount < 1_000:
        return "under 1k"
    if amount < 5_000:
        return "1k-5k"
    if amount < 20_000:
        return "5k-20k"
    return "20k+"


_SPACE = re.compile(r"\s+")


def _squash(text: str) -> str:
    return _SPACE.sub(" ", text).strip().casefold()


def is_verbatim(quote: str, customer_text: str) -> bool:
    """True when ``quote`` occurs in the customer's text (whitespace and case folded).

    Folding whitespace and case lets a model re-flow a line break or capitalise a
    sentence start without losing the quote; it cannot add a single word.
    """
    needle = _squash(quote)
    return bool(needle) and needle in _squash(customer_text)


def ground(signals: Signals, customer_text: str) -> tuple[Signals, list[str]]:
    """Keep only verbatim quotes; a claim left without evidence becomes "not known".

    Returns the grounded signals and a list of what was dropped (for the metadata).
    The rules of evidence:

    - a budget with no quote is not mentioned;
    - a decision maker claim (true or false) or others mentioned need an authority quote;
    - urgency signals are phrases and must each be verbatim;
    - a timeframe other than unknown needs a timeline quote;
    - red flags are kept: they only ever lower a score, so an invented one cannot help
      the lead that wrote the injection.
    """
    quotes = [*signals.budget.quotes, *signals.authority.quotes, *signals.need.urgency_signals,
              *signals.timeline.quotes]
    if all(is_verbatim(q, customer_text) for q in quotes) and (
        signals.budget.quotes or not (signals.budget.mentioned or signals.budget.amount is not None)
    ) and (signals.authority.quotes or (
        signals.authority.is_decision_maker is None and not signals.authority.mentioned_others
    )) and (signals.timeline.quotes or signals.timeline.timeframe == "unknown"):
        return signals, []  # everything is grounded: the common case for the rules extractor
    dropped: list[str] = []
    data = signals.model_copy(deep=True)

    def keep(quotes: list[str], field: str) -> list[str]:
        kept = [q for q in quotes if is_verbatim(q, customer_text)]
        dropped.extend(f"{field}: {q!r}" for q in quotes if q not in kept)
        return kept

    data.budget.quotes = keep(data.budget.quotes, "budget.quotes")
    if not data.budget.quotes and (data.budget.mentioned or data.budget.amount is not None):
        data.budget = type(data.budget)()
        dropped.append("budget: no verbatim evidence")
    data.authority.quotes = keep(data.authority.quotes, "authority.quotes")
    if not data.authority.quotes and (
        data.authority.is_decision_maker is not None or data.authority.mentioned_others
    ):
        data.authority = type(data.authority)()
        dropped.append("authority: no verbatim evidence")
    data.need.urgency_signals = keep(data.need.urgency_signals, "need.urgency_signals")
    data.timeline.quotes = keep(data.timeline.quotes, "timeline.quotes")
    if not data.timeline.quotes and data.timeline.timeframe != "unknown":
        data.timeline = type(data.timeline)()
        dropped.append("timeline: no verbatim evidence")
    return data, dropped
