"""``leadqual keys``: API keys of the HTTP service (only their hash is stored)."""

from __future__ import annotations

from typing import Annotated

import typer
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from leadqual.cli.app import app, err, fail
from leadqual.cli.db import DbOpt, engine_for
from leadqual.store import create_api_key, revoke_api_key, transaction
from leadqual.store.models import ApiKeyRow, utc

keys_app = typer.Typer(help="API keys for the HTTP service.", no_args_is_help=True)
app.add_typer(keys_app, name="keys")


@keys_app.command("create")
def create(name: Annotated[str, typer.Argument(help="Who the key is for (unique).")],
           db: DbOpt = None) -> None:
    """Create a key and print it once: it cannot be shown again."""
    try:
        with transaction(engine_for(db)) as session:
            key = create_api_key(session, name)
    except IntegrityError:
        fail(f"a key named {name!r} exists: pick another name or `leadqual keys revoke {name}` first")
    typer.echo(key)
    err.print(f"key {name!r} created; send it as Authorization: Bearer KEY (it is not stored, keep it now)")


@keys_app.command("revoke")
def revoke(name: Annotated[str, typer.Argument(help="The key's name.")], db: DbOpt = None) -> None:
    """Revoke a key; requests with it get 401 (within the server's key cache time)."""
    with transaction(engine_for(db)) as session:
        if not revoke_api_key(session, name):
            fail(f"no live key named {name!r}: see `leadqual keys list`", code=1)
    err.print(f"key {name!r} revoked")


@keys_app.command("list")
def list_keys(db: DbOpt = None) -> None:
    """Key names, when they were made, and whether they are revoked."""
    with transaction(engine_for(db)) as session:
        rows = list(session.scalars(select(ApiKeyRow).order_by(ApiKeyRow.id)))
    for row in rows:
        state = f"revoked {utc(row.revoked_at):%Y-%m-%d}" if row.revoked_at else "live"
        typer.echo(f"{row.name}\t{utc(row.created_at):%Y-%m-%d %H:%M}\t{state}")
