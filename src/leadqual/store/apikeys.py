"""API keys for the HTTP service: only a SHA-256 of each key is ever stored."""

from __future__ import annotations

import hashlib
import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from leadqual.store.models import ApiKeyRow, now_utc

KEY_PREFIX = "lq_"


def hash_key(key: str) -> str:
    """The stored form of a key."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def create_api_key(session: Session, name: str) -> str:
    """Create a key named ``name`` and return it; it cannot be shown again."""
    key = KEY_PREFIX + secrets.token_urlsafe(32)
    session.add(ApiKeyRow(name=name, key_sha256=hash_key(key), created_at=now_utc()))
    session.flush()
    return key


def verify_api_key(session: Session, key: str) -> ApiKeyRow | None:
    """The live key row matching ``key``, or None (unknown or revoked)."""
    row = session.scalar(select(ApiKeyRow).where(ApiKeyRow.key_sha256 == hash_key(key)))
    return row if row is not None and row.revoked_at is None else None


def revoke_api_key(session: Session, name: str) -> bool:
    """Revoke the key called ``name``; False when there is no live key by that name."""
    row = session.scalar(select(ApiKeyRow).where(ApiKeyRow.name == name))
    if row is None or row.revoked_at is not None:
        return False
    row.revoked_at = now_utc()
    session.flush()
    return True
