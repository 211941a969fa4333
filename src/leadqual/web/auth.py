"""Authentication: API keys (``Authorization: Bearer``) and signed webhooks.

Keys are stored as SHA-256 only (:mod:`leadqual.store.apikeys`). A checked key is
remembered for ``key_cache_seconds`` so that intake does not pay a database look-up per
request; a revoked key stops working within that time.

A webhook source that cannot send a bearer key signs the body instead::

    X-Leadqual-Signature: t=1764190000,v1=<hex HMAC-SHA256(secret, f"{t}." + body)>

The timestamp must be within ``signature_tolerance`` seconds of the server's clock, so
a captured request cannot be replayed later.
"""

from __future__ import annotations

import hashlib
import hmac
import threading
import time

from sqlalchemy import Engine

from leadqual.store.apikeys import hash_key, verify_api_key
from leadqual.store.engine import transaction

SIGNATURE_HEADER = "X-Leadqual-Signature"


class AuthError(Exception):
    """Credentials are missing or wrong; the message says which and how to fix it."""


def sign(body: bytes, secret: str, timestamp: int | None = None) -> str:
    """The ``X-Leadqual-Signature`` value for ``body`` (what a webhook source sends)."""
    t = int(time.time()) if timestamp is None else timestamp
    digest = hmac.new(secret.encode(), f"{t}.".encode() + body, hashlib.sha256).hexdigest()
    return f"t={t},v1={digest}"


def verify_signature(header: str, body: bytes, secret: str | None, tolerance: int,
                     now: float | None = None) -> None:
    """Raise :class:`AuthError` unless ``header`` signs ``body`` with ``secret``, recently."""
    if not secret:
        raise AuthError("this server has no webhook secret: set LEADQUAL_SERVER_WEBHOOK_SECRET "
                        "or authenticate with Authorization: Bearer KEY")
    parts = dict(p.strip().split("=", 1) for p in header.split(",") if "=" in p)
    try:
        t = int(parts["t"])
        given = parts["v1"]
    except (KeyError, ValueError) as exc:
        raise AuthError(f"{SIGNATURE_HEADER} must look like t=UNIX_SECONDS,v1=HEX_HMAC") from exc
    if abs((time.time() if now is None else now) - t) > tolerance:
        raise AuthError(f"{SIGNATURE_HEADER} timestamp is more than {tolerance}s from the server's "
                        "clock: sign each request when it is sent (and check the clock)")
    expected = hmac.new(secret.encode(), f"{t}.".encode() + body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, given):
        raise AuthError(f"{SIGNATURE_HEADER} does not match the body: sign the exact bytes sent "
                        "with the shared secret")


class KeyChecker:
    """Checks bearer keys against the database, remembering good ones for a while."""

    def __init__(self, engine: Engine, cache_seconds: float = 30.0) -> None:
        self.engine = engine
        self.cache_seconds = cache_seconds
        self._good: dict[str, float] = {}
        self._lock = threading.Lock()

    def cached(self, authorization: str | None) -> bool:
        """True when the header holds a key checked recently (no database access)."""
        key = _bearer(authorization, required=False)
        if key is None:
            return False
        with self._lock:
            until = self._good.get(hash_key(key))
        return until is not None and until > time.monotonic()

    def check(self, authorization: str | None) -> None:
        """Raise :class:`AuthError` unless the header holds a live key."""
        key = _bearer(authorization, required=True)
        assert key is not None
        digest = hash_key(key)
        with self._lock:
            until = self._good.get(digest)
        if until is not None and until > time.monotonic():
            return
        with transaction(self.engine) as session:
            row = verify_api_key(session, key)
        if row is None:
            raise AuthError("the API key is wrong or revoked: create one with `leadqual keys create NAME`")
        with self._lock:
            self._good[digest] = time.monotonic() + self.cache_seconds


def _bearer(authorization: str | None, *, required: bool) -> str | None:
    scheme, _, key = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not key.strip():
        if required:
            raise AuthError("missing credentials: send Authorization: Bearer KEY "
                            "(create a key with `leadqual keys create NAME`)")
        return None
    return key.strip()
