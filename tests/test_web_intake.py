"""The intake queue on SQLite and PostgreSQL: group insert with twins and repeats, leases."""

from __future__ import annotations

from sqlalchemy import Engine, func, select

from leadqual.store import transaction
from leadqual.store.intake import IntakeRow, claim_intake, submit_lead, submit_many
from leadqual.store.models import now_utc


def _item(lead_id: str, digest: str = "a" * 64) -> tuple[str, str, dict[str, str], None]:
    return lead_id, digest, {"id": lead_id, "conversation": "Customer: hi"}, None


def test_group_insert_handles_twins_and_already_stored_versions(engine: Engine) -> None:
    with transaction(engine) as session:
        first = submit_lead(session, *_item("old"))
    with transaction(engine) as session:
        results = submit_many(session, [_item("a"), _item("a"), _item("old"), _item("a", "b" * 64)])
    assert [r.created for r in results] == [True, False, False, True]
    assert results[0].intake_id == results[1].intake_id != results[3].intake_id
    assert results[2].intake_id == first.intake_id
    with transaction(engine) as session:
        assert session.scalar(select(func.count()).select_from(IntakeRow)) == 3


def test_claimed_rows_are_leased_and_finished_rows_leave_the_queue(engine: Engine) -> None:
    with transaction(engine) as session:
        submit_many(session, [_item("q1"), _item("q2")])
    with transaction(engine) as session:
        claimed = [row.id for row in claim_intake(session)]
    assert len(claimed) == 2
    with transaction(engine) as session:
        assert claim_intake(session) == []  # leased
    with transaction(engine) as session:
        statuses = {row.lead_id: row.status for row in session.scalars(select(IntakeRow))}
    assert statuses == {"q1": "pending", "q2": "pending"}
    with transaction(engine) as session:
        later = now_utc().replace(year=now_utc().year + 1)
        again = claim_intake(session, now=later)  # the lease ran out: a crashed claim comes back
        assert [row.attempts for row in again] == [2, 2]
        for row in again:
            row.status = "done"
    with transaction(engine) as session:
        assert claim_intake(session, now=later) == []
