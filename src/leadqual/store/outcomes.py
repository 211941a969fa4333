"""Outcomes from sales: one per lead, the one with the latest ``at`` wins."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy.orm import Session

from leadqual.errors import InputError
from leadqual.store.models import OUTCOMES, LeadRow, OutcomeRow, now_utc, utc


class UnknownLead(InputError):
    """An outcome names a lead id that was never stored."""


def parse_when(value: str | None) -> datetime | None:
    """An ISO 8601 date or time as UTC (a plain date is midnight UTC); empty gives None."""
    if value is None or not value.strip():
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError as exc:
        raise InputError(f"{value!r} is not an ISO 8601 date or time (e.g. 2026-03-10)") from exc
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def check_outcome(value: str) -> str:
    """The outcome in lower case, or an :class:`InputError` listing the valid ones."""
    outcome = value.strip().lower()
    if outcome not in OUTCOMES:
        raise InputError(f"outcome {value!r} is not one of {', '.join(OUTCOMES)}")
    return outcome


def record_outcome(session: Session, lead_id: str, outcome: str, at: datetime | None = None) -> bool:
    """Set a lead's outcome; returns False when an outcome with a later ``at`` is kept.

    ``at`` defaults to now, so an outcome given without a date always replaces the old
    one; a back-dated import row cannot overwrite a newer outcome. Raises
    :class:`UnknownLead` when the lead was never stored.
    """
    outcome = check_outcome(outcome)
    when = utc(at) if at else now_utc()
    if session.get(LeadRow, lead_id) is None:
        raise UnknownLead(f"no stored lead has the id {lead_id!r}: qualify it first (check the id)")
    row = session.get(OutcomeRow, lead_id, with_for_update=True)
    if row is None:
        session.add(OutcomeRow(lead_id=lead_id, outcome=outcome, at=when, recorded_at=now_utc()))
    elif utc(row.at) <= when:
        row.outcome, row.at, row.recorded_at = outcome, when, now_utc()
    else:
        return False
    session.flush()
    return True


@dataclass
class ImportReport:
    """What an outcome import did, line by line where it went wrong."""

    recorded: int = 0
    superseded: int = 0
    unknown: list[tuple[int, str]] = field(default_factory=list)
    """(line, lead id) of rows whose lead was never stored."""
    errors: list[str] = field(default_factory=list)


def import_outcomes(session: Session, data: str) -> ImportReport:
    """Import ``lead_id,outcome[,at]`` rows (a header line is optional).

    Bad rows and unknown lead ids are reported with their line numbers; the good rows
    are recorded.
    """
    report = ImportReport()
    reader = csv.reader(io.StringIO(data.lstrip("\ufeff"), newline=""))
    for row in reader:
        line = reader.line_num
        cells = [c.strip() for c in row]
        if not any(cells) or (line == 1 and cells[0].lower() in ("lead_id", "id")):
            continue
        if len(cells) < 2 or not cells[0]:
            report.errors.append(f"line {line}: expected lead_id,outcome[,at], got {','.join(row)!r}")
            continue
        try:
            when = parse_when(cells[2] if len(cells) > 2 else None)
            kept = record_outcome(session, cells[0], cells[1], when)
        except UnknownLead:
            report.unknown.append((line, cells[0]))
            continue
        except InputError as exc:
            report.errors.append(f"line {line}: {exc}")
            continue
        if kept:
            report.recorded += 1
        else:
            report.superseded += 1
    return report
