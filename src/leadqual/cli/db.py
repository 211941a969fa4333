"""``leadqual db``: migrate and inspect the database; the ``--db`` option other commands share."""

from __future__ import annotations

from typing import Annotated

import typer
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from leadqual.cli.app import app, err, fail
from leadqual.leads import BadRecord, Lead
from leadqual.pipeline import Qualification
from leadqual.store.engine import (
    StoreError,
    current_revision,
    head_revision,
    make_engine,
    open_engine,
    session_factory,
)
from leadqual.store.engine import resolve_url as _resolve_url
from leadqual.store.engine import upgrade as _upgrade
from leadqual.store.qualifications import save_qualification

DbOpt = Annotated[
    str | None,
    typer.Option("--db", help="Database URL (default: LEADQUAL_DATABASE_URL or a SQLite file in the "
                              "data directory).", show_default=False),
]

db_app = typer.Typer(help="Create or migrate the leadqual database.", no_args_is_help=True)
app.add_typer(db_app, name="db")


def engine_for(db: str | None) -> Engine:
    """An engine with a current schema, or a usage error that names the fix."""
    try:
        return open_engine(db)
    except StoreError as exc:
        fail(str(exc))


@db_app.command("upgrade")
def upgrade(db: DbOpt = None) -> None:
    """Migrate the database to the newest schema (creates the tables on a new one)."""
    try:
        engine = make_engine(_resolve_url(db))
        before = current_revision(engine)
        _upgrade(engine)
    except StoreError as exc:
        fail(str(exc))
    except Exception as exc:  # a driver error: say where, and keep the traceback out
        fail(f"cannot migrate {_resolve_url(db)}: {exc}")
    after = head_revision()
    err.print(f"database at {after}" + ("" if before == after else f" (was {before or 'empty'})"))


@db_app.command("status")
def status(db: DbOpt = None) -> None:
    """Print where the database is and which migration it is at."""
    try:
        engine = make_engine(_resolve_url(db))
        current = current_revision(engine)
    except Exception as exc:
        fail(f"cannot open {_resolve_url(db)}: {exc}")
    head = head_revision()
    typer.echo(f"{engine.url.render_as_string(hide_password=True)}: at {current or 'empty'}, newest {head}")
    if current != head:
        err.print("run `leadqual db upgrade` to migrate")
        raise typer.Exit(1)


class StoreWriter:
    """Stores qualifications as ``leadqual qualify`` makes them, committing in batches.

    Batches keep a 10,000-lead file from paying one commit per lead; a crash loses at
    most the open batch, which re-running the same file stores again (saving is
    idempotent).
    """

    BATCH = 200

    def __init__(self, engine: Engine, profile: str | None = None) -> None:
        self.session = session_factory(engine)()
        self.profile = profile
        self.created = 0
        self.unchanged = 0
        self.pending = 0

    def add(self, lead: Lead | BadRecord, result: Qualification) -> None:
        """Store one result; a broken record without an id cannot be stored and is skipped."""
        if not result.id:
            return
        conversation = lead.conversation if isinstance(lead, Lead) else None
        contact = lead.contact if isinstance(lead, Lead) else None
        try:
            profile = (lead.profile if isinstance(lead, Lead) else None) or self.profile
            saved = save_qualification(self.session, result, conversation, contact=contact, profile=profile)
        except SQLAlchemyError as exc:
            self.session.rollback()
            fail(f"cannot store lead {result.id}: {exc}; fix the database or pass --no-store")
        if saved.created:
            self.created += 1
        else:
            self.unchanged += 1
        self.pending += 1
        if self.pending >= self.BATCH:
            self.session.commit()
            self.pending = 0

    def close(self) -> None:
        """Commit what is left and say what was stored."""
        self.session.commit()
        self.session.close()
        err.print(f"stored {self.created} new qualifications"
                  + (f", {self.unchanged} unchanged (same conversation)" if self.unchanged else ""))
