"""The review queue: borderline and fallback leads wait; a decision sits beside the machine tier."""

from __future__ import annotations

import json

from sqlalchemy import Engine, select
from typer.testing import CliRunner

from leadqual.cli import app
from leadqual.conversation import parse_conversation
from leadqual.store import decide_review, review_queue, save_qualification, transaction
from leadqual.store import make_engine as _make_engine
from leadqual.store.models import QualificationRow, ReviewRow


def cli(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


def seed(engine: Engine, make_qualification) -> None:
    rows = [
        ("edge-low", 45, False),
        ("edge-high", 55, False),
        ("mid", 50, False),
        ("clear-hot", 90, False),
        ("cold", 30, False),
        ("broken", 40, True),
    ]
    with transaction(engine) as s:
        for lead, total, fallback in rows:
            q = make_qualification(lead, total, fallback=fallback)
            save_qualification(s, q, parse_conversation(f"hello from {lead}"))


def test_queue_holds_borderline_and_fallbacks_until_decided(engine: Engine, make_qualification) -> None:
    seed(engine, make_qualification)
    with transaction(engine) as s:
        assert sorted(q.lead_id for q in review_queue(s)) == ["broken", "edge-high", "edge-low", "mid"]
        assert sorted(q.lead_id for q in review_queue(s, band=(25, 35))) == [
            "broken",
            "cold",
            "edge-high",
            "edge-low",
            "mid",
        ]
    with transaction(engine) as s:
        review = decide_review(s, "mid", "hot", "owner called back, signing today", reviewer="noa")
    with transaction(engine) as s:
        assert "mid" not in [q.lead_id for q in review_queue(s)]
        machine = s.scalar(select(QualificationRow).where(QualificationRow.lead_id == "mid"))
        assert machine is not None and machine.tier == "warm" and machine.total == 50  # never overwritten
        stored = s.get(ReviewRow, review.id)
        assert stored is not None and (stored.tier, stored.reviewer) == ("hot", "noa")
    # A changed conversation is a new qualification: it waits for review again.
    with transaction(engine) as s:
        save_qualification(s, make_qualification("mid", 52), parse_conversation("hello again"))
    with transaction(engine) as s:
        assert "mid" in [q.lead_id for q in review_queue(s)]


def test_review_commands(db_url: str, make_qualification) -> None:
    assert cli("db", "upgrade", "--db", db_url).exit_code == 0
    engine = _make_engine(db_url)
    seed(engine, make_qualification)
    engine.dispose()
    listed = cli("review", "list", "--json", "--db", db_url)
    assert listed.exit_code == 0 and "4 leads waiting for review" in listed.stderr
    items = {json.loads(line)["lead_id"]: json.loads(line) for line in listed.stdout.splitlines()}
    assert set(items) == {"broken", "edge-high", "edge-low", "mid"}
    assert items["broken"]["fallback"] is True and items["broken"]["error"] == "model down"
    decided = cli(
        "review", "decide", "edge-low", "--tier", "WARM", "--reason", "budget confirmed", "--db", db_url
    )
    assert decided.exit_code == 0 and "reviewed as warm" in decided.stderr
    assert "edge-low" not in cli("review", "list", "--json", "--db", db_url).stdout
    assert cli("outcome", "edge-low", "won", "--db", db_url).exit_code == 0
    report = json.loads(cli("report", "--json", "--db", db_url).stdout)
    # The machine said cold (45), the person said warm: the report counts both.
    assert report["machine"]["counts"]["cold"]["won"] == 1 and report["final"]["counts"]["warm"]["won"] == 1
    assert report["reviewed"]["leads"] == 1 and report["reviewed"]["changed_tier"] == 1
    assert report["missed_hot"][0]["reviewed_tier"] == "warm"
    bad_tier = cli("review", "decide", "mid", "--tier", "lukewarm", "--reason", "x", "--db", db_url)
    assert bad_tier.exit_code == 2 and "not one of hot, warm, cold, disqualified" in bad_tier.stderr
    no_reason = cli("review", "decide", "mid", "--tier", "hot", "--reason", "  ", "--db", db_url)
    assert no_reason.exit_code == 2 and "needs a reason" in no_reason.stderr
    unknown = cli("review", "decide", "ghost", "--tier", "hot", "--reason", "x", "--db", db_url)
    assert unknown.exit_code == 2 and "'ghost'" in unknown.stderr
