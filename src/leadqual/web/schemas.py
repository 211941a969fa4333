"""Request and response bodies of the JSON API (what ``/docs`` shows)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from leadqual.leads import MAX_CONVERSATION_CHARS

ID_PATTERN = r"^[^\x00-\x1f/]+$"
"""Lead ids: any text without control characters or slashes (they are used in URLs)."""


class Message(BaseModel):
    """One message of a conversation; only the customer's are evidence."""

    role: Literal["customer", "agent"]
    text: str = Field(max_length=MAX_CONVERSATION_CHARS)


class Contact(BaseModel):
    """Who the lead is; all optional."""

    model_config = ConfigDict(extra="allow")

    name: str | None = None
    phone: str | None = None
    email: str | None = None


class LeadIn(BaseModel):
    """The contract's input object, plus an optional profile name. Unknown keys are ignored."""

    model_config = ConfigDict(extra="allow")

    id: str = Field(min_length=1, max_length=200, pattern=ID_PATTERN)
    conversation: str | list[Message] = Field(
        description="A list of messages, or one string with Customer:/Agent: prefixes.")
    contact: Contact | None = None
    received_at: str | None = Field(None, description="ISO 8601 date or time of the conversation.")
    profile: str | None = Field(None, max_length=100, description="A named profile on the server.")


class Accepted(BaseModel):
    """The answer to an accepted lead."""

    id: str
    status: str
    status_url: str
    duplicate: bool = False


class OutcomeIn(BaseModel):
    """What sales made of a lead."""

    outcome: Literal["won", "lost", "nurturing", "disqualified"]
    at: datetime | None = Field(None, description="When it happened; default now.")


class ReviewIn(BaseModel):
    """A person's tier for the lead's newest qualification."""

    tier: Literal["hot", "warm", "cold", "disqualified"]
    reason: str = Field(min_length=1, max_length=4000, pattern=r"\S")
    reviewer: str | None = Field(None, max_length=200)


class LeadOut(BaseModel):
    """A lead with its latest qualification in the contract's output shape."""

    model_config = ConfigDict(extra="allow")

    id: str
    status: Literal["pending", "qualified", "failed"]
    score: dict[str, Any] | None = None
    signals: dict[str, Any] | None = None
    metadata: dict[str, Any] | None = None
    deliveries: list[dict[str, Any]] = Field(default_factory=list)
    review: dict[str, Any] | None = None
    outcome: dict[str, Any] | None = None
    error: str | None = None
