"""The service's database engine: SQLite tuned for many writers, PostgreSQL as is.

On SQLite every transaction starts with ``BEGIN IMMEDIATE``: a deferred transaction
that reads and then writes fails at once with "database is locked" when another
thread wrote in between, instead of waiting; an immediate one waits (busy_timeout).
WAL lets readers go on while one thread writes.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, event

from leadqual.store.engine import (
    StoreError,
    current_revision,
    head_revision,
    make_engine,
    resolve_url,
    upgrade,
)


def _tune_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # let SQLAlchemy's BEGIN below be the only one
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")  # durable at each WAL checkpoint; crash-safe
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # Alembic's reflection may already have opened one; never nest.
        if not connection.connection.dbapi_connection.in_transaction:
            connection.exec_driver_sql("BEGIN IMMEDIATE")


def service_engine(url: str | None = None) -> Engine:
    """An engine at the current schema (SQLite is migrated, PostgreSQL must be)."""
    engine = make_engine(resolve_url(url), pool_size=20, max_overflow=20) \
        if not resolve_url(url).startswith("sqlite") else make_engine(resolve_url(url))
    if engine.dialect.name == "sqlite":
        _tune_sqlite(engine)
    current = current_revision(engine)
    if current != head_revision():
        if engine.dialect.name != "sqlite":
            engine.dispose()
            raise StoreError(
                f"the database {engine.url.render_as_string(hide_password=True)} is at "
                f"{current or 'nothing'}, this leadqual needs {head_revision()}: run `leadqual db upgrade`")
        upgrade(engine)
    return engine
