"""Leads: reading the contract's input (JSON Lines, CSV, text) one record at a time.

A broken record never stops a batch: the reader yields a :class:`BadRecord` with its
line number and the reason, and goes on.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from leadqual.conversation import Conversation, parse_conversation
from leadqual.errors import InputError

MAX_CONVERSATION_CHARS = 200_000
"""Longer conversations are refused: no real lead writes a book, and rules stay fast."""


@dataclass(frozen=True)
class Lead:
    """One lead: an id, its conversation and whatever else the record held."""

    id: str
    conversation: Conversation
    contact: dict[str, Any] = field(default_factory=dict)
    profile: str | None = None
    raw: dict[str, Any] = field(default_factory=dict, repr=False)


@dataclass(frozen=True)
class BadRecord:
    """A record that could not be read: where, why, and its id when it had one."""

    line: int
    error: str
    id: str | None = None


def parse_datetime(value: Any) -> datetime | None:
    """Read an ISO 8601 date or time; naive times are taken as UTC."""
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise InputError(f"received_at must be an ISO 8601 string, not {value!r}")
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError as exc:
        raise InputError(
            f"received_at {value!r} is not an ISO 8601 date or time (e.g. 2026-03-10T09:15:00+02:00)"
        ) from exc
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def lead_from_dict(record: Any, fallback_id: str | None = None) -> Lead:
    """Validate one input record (the contract's input object) into a :class:`Lead`."""
    if not isinstance(record, dict):
        raise InputError(f"a lead must be a JSON object, not {type(record).__name__}")
    lead_id = record.get("id", fallback_id)
    if lead_id in (None, ""):
        raise InputError("the lead has no 'id': every lead needs a unique string id")
    lead_id = str(lead_id)
    if "conversation" not in record:
        raise InputError(f"lead {lead_id} has no 'conversation'")
    raw_conversation = record["conversation"]
    size = len(raw_conversation) if isinstance(raw_conversation, str) else sum(
        len(str(m.get("text", ""))) for m in raw_conversation if isinstance(m, dict)
    ) if isinstance(raw_conversation, list) else 0
    if size > MAX_CONVERSATION_CHARS:
        raise InputError(
            f"lead {lead_id}: the conversation has {size:,} characters, over the limit of "
            f"{MAX_CONVERSATION_CHARS:,}: send the latest part of it"
        )
    conversation = parse_conversation(raw_conversation, parse_datetime(record.get("received_at")))
    if not conversation.customer_text.strip():
        raise InputError(
            f"lead {lead_id}: the conversation has no customer text; only what the customer "
            "writes can be qualified"
        )
    contact = record.get("contact") or {}
    if not isinstance(contact, dict):
        raise InputError(f"lead {lead_id}: contact must be an object")
    profile = record.get("profile")
    return Lead(lead_id, conversation, contact, profile if isinstance(profile, str) else None, record)


def _decode_lines(data: bytes) -> Iterator[tuple[int, str | BadRecord]]:
    """Decode line by line so that one line in a wrong encoding spoils only itself."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for number, raw in enumerate(data.splitlines(), 1):
        try:
            yield number, raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield number, BadRecord(
                number,
                f"line {number} is not valid UTF-8 (byte {raw[exc.start]:#x} at column "
                f"{exc.start + 1}): save the file as UTF-8",
            )


def read_jsonl(data: bytes) -> Iterator[Lead | BadRecord]:
    """Leads from JSON Lines; blank lines are skipped, bad lines become :class:`BadRecord`."""
    for number, line in _decode_lines(data):
        if isinstance(line, BadRecord):
            yield line
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield BadRecord(number, f"line {number} is not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        try:
            yield lead_from_dict(record)
        except InputError as exc:
            record_id = record.get("id") if isinstance(record, dict) else None
            yield BadRecord(number, f"line {number}: {exc}", str(record_id) if record_id else None)


def read_csv(data: bytes) -> Iterator[Lead | BadRecord]:
    """Leads from CSV with columns ``id,conversation`` and optional ``name,email,phone``."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        yield BadRecord(0, f"the CSV is not valid UTF-8 (byte at offset {exc.start}): save it as UTF-8")
        return
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if not reader.fieldnames or not {"id", "conversation"} <= set(reader.fieldnames):
        yield BadRecord(1, "CSV input needs a header with the columns id,conversation")
        return
    for row in reader:
        number = reader.line_num
        contact = {k: row[k] for k in ("name", "email", "phone") if row.get(k)}
        record: dict[str, Any] = {k: v for k, v in row.items() if k and v not in (None, "")}
        record["contact"] = contact
        record["conversation"] = row.get("conversation") or ""
        try:
            yield lead_from_dict(record)
        except InputError as exc:
            yield BadRecord(number, f"line {number}: {exc}", row.get("id") or None)


def read_leads(data: bytes, fmt: str | None = None) -> Iterator[Lead | BadRecord]:
    """Leads from bytes in ``fmt`` (``jsonl`` or ``csv``); guessed from content when None."""
    if fmt is None:
        head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
        fmt = "jsonl" if head in (b"{", b"[", b"") else "csv"
    return read_csv(data) if fmt == "csv" else read_jsonl(data)


def leads_from_records(records: Iterable[dict[str, Any]]) -> Iterator[Lead | BadRecord]:
    """Leads from already-parsed records (e.g. from Python or an HTTP body)."""
    for number, record in enumerate(records, 1):
        try:
            yield lead_from_dict(record)
        except InputError as exc:
            yield BadRecord(number, str(exc), str(record.get("id")) if isinstance(record, dict) else None)
