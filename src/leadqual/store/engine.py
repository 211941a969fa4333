"""Engines, sessions and migrations.

``open_engine()`` is what the CLI and the service call: it resolves the URL (``--db``,
``LEADQUAL_DATABASE_URL`` or the SQLite file in the data directory), migrates a SQLite
database by itself, and refuses a PostgreSQL database that is behind, naming the fix.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from leadqual.errors import ConfigError
from leadqual.settings import get_settings

MIGRATIONS = "leadqual.store:migrations"


class StoreError(ConfigError):
    """The database cannot be opened or is not at the schema this leadqual needs."""


def _alembic_config() -> Config:
    config = Config()
    # "package:folder" makes Alembic find the scripts inside the installed package.
    config.set_main_option("script_location", MIGRATIONS)
    return config


def head_revision() -> str:
    """The newest migration shipped with this leadqual."""
    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None  # the package always ships at least the initial migration
    return head


def current_revision(engine: Engine) -> str | None:
    """The migration the database is at, or ``None`` for an empty database."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Migrate the database to ``revision`` (default: the newest)."""
    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def _configure_sqlite(engine: Engine, begin: str = "BEGIN") -> None:
    # SQLite ignores foreign keys unless each connection asks for them.
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # The sqlite3 module's own transaction handling breaks SAVEPOINT (a released
        # savepoint would commit): turn it off and let SQLAlchemy emit BEGIN itself.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=10000")
        # WAL lets the dashboard read while a batch writes; NORMAL sync is safe under WAL.
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql(begin)


def make_engine(url: str, *, sqlite_begin: str = "BEGIN", **options: Any) -> Engine:
    """An engine for ``url`` with leadqual's connection settings; does not migrate.

    ``sqlite_begin`` is the statement that opens a SQLite transaction; the service uses
    ``BEGIN IMMEDIATE`` because it has several writer threads (see ``leadqual.web.db``).
    """
    try:
        engine = create_engine(url, pool_pre_ping=not url.startswith("sqlite"), **options)
    except (ArgumentError, ModuleNotFoundError) as exc:
        raise StoreError(
            f"cannot use database URL {url!r}: {exc}. Use sqlite:///path/to/file.db or "
            "postgresql+psycopg://user@host:5432/db (pip install 'leadqual[postgres]')"
        ) from exc
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine, sqlite_begin)
    return engine


def resolve_url(url: str | None = None) -> str:
    """``url``, or ``LEADQUAL_DATABASE_URL``, or the SQLite file in the data directory."""
    return url or get_settings().resolved_database_url()


def open_engine(url: str | None = None, *, migrate: bool | None = None, **options: Any) -> Engine:
    """An engine whose schema is current.

    ``migrate=None`` (default) migrates SQLite by itself and checks other databases;
    ``True`` always migrates; ``False`` only checks. Raises :class:`StoreError` when the
    database is unreachable or behind.
    """
    engine = make_engine(resolve_url(url), **options)
    auto = engine.dialect.name == "sqlite" if migrate is None else migrate
    try:
        current = current_revision(engine)
        if current != head_revision():
            if not auto:
                where = f"at revision {current}" if current else "empty"
                raise StoreError(
                    f"the database {engine.url.render_as_string(hide_password=True)} is {where}, "
                    f"this leadqual needs {head_revision()}: run `leadqual db upgrade --db URL`"
                )
            upgrade(engine)
    except OperationalError as exc:
        engine.dispose()
        raise StoreError(
            f"cannot open database {engine.url.render_as_string(hide_password=True)}: "
            f"{str(exc.orig).strip() or exc}. Check that the server runs and the URL (--db or "
            "LEADQUAL_DATABASE_URL) is right"
        ) from exc
    return engine


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions on ``engine`` that keep loaded values after commit (for printing)."""
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def transaction(engine: Engine) -> Iterator[Session]:
    """A session in one transaction: committed on success, rolled back on error."""
    with session_factory(engine).begin() as session:
        yield session
