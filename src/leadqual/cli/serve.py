"""``leadqual serve``: the HTTP service; ``leadqual worker``: its qualifier and delivery loop alone."""

from __future__ import annotations

import contextlib
import logging
import signal
import threading
from pathlib import Path
from typing import Annotated

import typer

from leadqual.cli.app import app, fail
from leadqual.cli.db import DbOpt
from leadqual.errors import ConfigError, LeadQualError

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


@app.command()
def serve(
    profile: Annotated[Path, typer.Option("--profile", "-p", help="Default business profile TOML.")],
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    profiles_dir: Annotated[Path | None, typer.Option(
        "--profiles-dir",
        help="Directory of named profiles (a lead's \"profile\": NAME reads NAME.toml).")] = None,
    extractor: Annotated[str, typer.Option(
        "--extractor", "-e", help="rules, claude, openai, cascade.")] = "rules",
    policy: Annotated[Path | None, typer.Option("--policy", help="Scoring policy TOML.")] = None,
    delivery: Annotated[Path | None, typer.Option(
        "--delivery", help="Delivery settings TOML (default: LEADQUAL_DELIVERY_CONFIG / _* env).")] = None,
    max_body: Annotated[int, typer.Option("--max-body", help="Largest request body in bytes.")] = 256 * 1024,
    webhook_secret: Annotated[str | None, typer.Option(
        "--webhook-secret", envvar="LEADQUAL_SERVER_WEBHOOK_SECRET",
        help="Shared secret for X-Leadqual-Signature on intake.", show_default=False)] = None,
    worker: Annotated[bool, typer.Option(
        "--worker/--no-worker", help="Qualify and deliver in this process.")] = True,
    lease: Annotated[float, typer.Option(
        help="Seconds before a claimed job whose worker died is retried.")] = 60.0,
    poll: Annotated[float, typer.Option(help="Seconds between checks for due retries.")] = 1.0,
    log_level: Annotated[str, typer.Option("--log-level")] = "info",
    db: DbOpt = None,
) -> None:
    """Serve the JSON API (OpenAPI at /docs); accepted leads are qualified and delivered here."""
    try:
        import uvicorn

        from leadqual.web import ServiceSettings, create_app
    except ImportError as exc:
        fail(f"the service needs the server extra: pip install 'leadqual[server]' ({exc})")
    try:
        settings = ServiceSettings(
            database_url=db, profile=profile, profiles_dir=profiles_dir, extractor=extractor, policy=policy,
            delivery_config=delivery, max_body_bytes=max_body, webhook_secret=webhook_secret, worker=worker,
            lease=lease, poll=poll)
        settings.resolve_profile(None)
    except (ConfigError, ValueError) as exc:
        fail(str(exc))
    logging.basicConfig(level=log_level.upper(), format=LOG_FORMAT)
    uvicorn.run(create_app(settings), host=host, port=port, log_level=log_level, access_log=False)


@app.command()
def worker(
    profile: Annotated[Path, typer.Option("--profile", "-p", help="Default business profile TOML.")],
    profiles_dir: Annotated[Path | None, typer.Option(
        "--profiles-dir", help="Directory of named profiles.")] = None,
    extractor: Annotated[str, typer.Option(
        "--extractor", "-e", help="rules, claude, openai, cascade.")] = "rules",
    policy: Annotated[Path | None, typer.Option("--policy", help="Scoring policy TOML.")] = None,
    delivery: Annotated[Path | None, typer.Option("--delivery", help="Delivery settings TOML.")] = None,
    lease: Annotated[float, typer.Option(help="Seconds before a job whose worker died is retried.")] = 60.0,
    poll: Annotated[float, typer.Option(help="Seconds between checks for new work.")] = 0.2,
    log_level: Annotated[str, typer.Option("--log-level")] = "info",
    db: DbOpt = None,
) -> None:
    """Qualify and deliver what `leadqual serve --no-worker` accepts, in a process of its own."""
    from leadqual.web.app import build_worker
    from leadqual.web.config import ServiceSettings
    from leadqual.web.db import service_engine

    try:
        settings = ServiceSettings(database_url=db, profile=profile, profiles_dir=profiles_dir,
                                   extractor=extractor, policy=policy, delivery_config=delivery,
                                   lease=lease, poll=poll)
        settings.resolve_profile(None)
        running = build_worker(settings, service_engine(db)).start()
    except (LeadQualError, ValueError) as exc:
        fail(str(exc))
    logging.basicConfig(level=log_level.upper(), format=LOG_FORMAT)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C stops cleanly, as SIGTERM does
        stop.wait()
    running.stop()
