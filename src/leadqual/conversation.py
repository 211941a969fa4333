"""Conversations: who said what, and a customer-only view with offsets.

Only the customer's words are evidence; the agent's words give context (the question a
short answer replies to), never signals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from typing import Any, Literal

from leadqual.errors import InputError

Role = Literal["customer", "agent"]

_SPEAKERS: dict[str, Role] = {
    "customer": "customer", "lead": "customer", "user": "customer", "client": "customer",
    "agent": "agent", "rep": "agent", "sales": "agent",
    # Hebrew chat exports ("לקוח: ...", "נציג: ...").
    "לקוח": "customer", "לקוחה": "customer", "נציג": "agent", "נציגה": "agent",
}
_PREFIX = re.compile(
    r"^[ \t]*(" + "|".join(sorted(_SPEAKERS, key=len, reverse=True)) + r")[ \t]*:[ \t]*",
    re.IGNORECASE,
)
_ROLE_ALIASES: dict[str, Role] = {**_SPEAKERS, "assistant": "agent", "bot": "agent"}


@dataclass(frozen=True, slots=True)
class Message:
    """One turn of a conversation."""

    role: Role
    text: str


@dataclass(frozen=True, slots=True)
class CustomerTurn:
    """A customer message, where it sits in the customer text, and what it answers."""

    start: int
    end: int
    text: str
    after_agent: str | None
    """The agent message right before this one, if any: the question it may answer."""


@dataclass(frozen=True)
class Conversation:
    """A conversation plus the time it was received (for relative timelines)."""

    messages: tuple[Message, ...]
    received_at: datetime | None = None

    @cached_property
    def turns(self) -> tuple[CustomerTurn, ...]:
        """Customer messages with their offsets in :attr:`customer_text`."""
        turns: list[CustomerTurn] = []
        offset = 0
        previous: Message | None = None
        for message in self.messages:
            if message.role == "customer":
                after = previous.text if previous and previous.role == "agent" else None
                turns.append(CustomerTurn(offset, offset + len(message.text), message.text, after))
                offset += len(message.text) + 1  # the "\n" joining turns
            previous = message
        return tuple(turns)

    @cached_property
    def customer_text(self) -> str:
        """Everything the customer wrote, one message per line: the only evidence."""
        return "\n".join(m.text for m in self.messages if m.role == "customer")

    @cached_property
    def text(self) -> str:
        """The whole conversation with speaker prefixes (for prompts and display)."""
        return "\n".join(f"{m.role.capitalize()}: {m.text}" for m in self.messages)


def parse_text(text: str) -> list[Message]:
    """Split a plain string by speaker prefixes; with no prefix it is all customer text."""
    messages: list[Message] = []
    role: Role = "customer"
    buffer: list[str] = []
    seen_prefix = False

    def flush() -> None:
        body = "\n".join(buffer).strip()
        if body:
            messages.append(Message(role, body))
        buffer.clear()

    for line in text.splitlines():
        match = _PREFIX.match(line)
        if match:
            flush()
            seen_prefix = True
            role = _SPEAKERS[match.group(1).casefold()]
            buffer.append(line[match.end():])
        else:
            buffer.append(line)
    flush()
    if not seen_prefix:
        body = text.strip()
        return [Message("customer", body)] if body else []
    return messages


def parse_conversation(
    value: str | list[Any] | Conversation, received_at: datetime | None = None
) -> Conversation:
    """Build a :class:`Conversation` from a plain string or a list of messages.

    Raises :class:`InputError` naming the problem when the value has the wrong shape.
    """
    if isinstance(value, Conversation):
        return value
    if isinstance(value, str):
        messages = parse_text(value)
    elif isinstance(value, list):
        messages = []
        for index, item in enumerate(value):
            if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                raise InputError(
                    f"conversation[{index}] must be an object with a string 'text' and a "
                    "'role' of customer or agent"
                )
            role = _ROLE_ALIASES.get(str(item.get("role", "customer")).casefold())
            if role is None:
                raise InputError(
                    f"conversation[{index}] has role {item.get('role')!r}: use customer or agent"
                )
            if item["text"].strip():
                messages.append(Message(role, item["text"].strip()))
    else:
        raise InputError(
            "conversation must be a list of {role, text} messages or one plain string, "
            f"not {type(value).__name__}"
        )
    return Conversation(tuple(messages), received_at)
