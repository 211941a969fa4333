"""The service's database engine: SQLite tuned for many writer threads, PostgreSQL as is.

On SQLite every transaction starts with ``BEGIN IMMEDIATE``: a deferred transaction
that reads and then writes fails at once with "database is locked" when another
thread wrote in between (SQLite cannot upgrade a stale read snapshot), instead of
waiting; an immediate one takes the write lock first and waits for it (busy_timeout).
The service has several writer threads (intake, qualifier, delivery), so it needs this;
the CLI's engine (:func:`leadqual.store.make_engine`) does not.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event

from leadqual.store.engine import (
    StoreError,
    current_revision,
    head_revision,
    make_engine,
    resolve_url,
    upgrade,
)


def _sqlite_engine(url: str) -> Engine:
    engine = create_engine(url)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Turn off the sqlite3 module's own BEGIN handling: SQLAlchemy's BEGIN below is the only one.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.execute("PRAGMA journal_mode=WAL")  # readers go on while one thread writes
        cursor.execute("PRAGMA synchronous=NORMAL")  # safe under WAL: a crash loses no commit's pages
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def service_engine(url: str | None = None) -> Engine:
    """An engine at the current schema (SQLite is migrated, PostgreSQL must be)."""
    resolved = resolve_url(url)
    if resolved.startswith("sqlite"):
        engine = _sqlite_engine(resolved)
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
