"""The service's database engine: SQLite tuned for many writer threads, PostgreSQL as is.

On SQLite every transaction starts with ``BEGIN IMMEDIATE``: a deferred transaction
that reads and then writes fails at once with "database is locked" when another
thread wrote in between (SQLite cannot upgrade a stale read snapshot), instead of
waiting; an immediate one takes the write lock first and waits for it (busy_timeout).
The service has several writer threads (intake, qualifier, delivery), so it needs this;
the CLI's engine (:func:`leadqual.store.make_engine`) does not.
"""

from __future__ import annotations

from sqlalchemy import Engine

from leadqual.store.engine import (
    StoreError,
    current_revision,
    head_revision,
    make_engine,
    resolve_url,
    upgrade,
)


def service_engine(url: str | None = None) -> Engine:
    """An engine at the current schema (SQLite is migrated, PostgreSQL must be)."""
    resolved = resolve_url(url)
    if resolved.startswith("sqlite"):
        engine = make_engine(resolved, sqlite_begin="BEGIN IMMEDIATE")
    else:
        engine = make_engine(resolved, pool_size=20, max_overflow=20)
    current = current_revision(engine)
    if current != head_revision():
        if engine.dialect.name != "sqlite":
            engine.dispose()
            raise StoreError(
                f"the database {engine.url.render_as_string(hide_password=True)} is at "
                f"{current or 'nothing'}, this leadqual needs {head_revision()}: run `leadqual db upgrade`")
        upgrade(engine)
    return engine
