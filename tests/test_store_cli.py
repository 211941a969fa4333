"""The storage commands end to end: db upgrade/status, qualify --db/--no-store, outcome, rescore."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from leadqual.cli import app
from leadqual.store import head_revision

ROOT = Path(__file__).resolve().parents[1]
PROFILE = ROOT / "examples" / "profiles" / "home-services.toml"
LEADS = ROOT / "examples" / "leads.jsonl"


def cli(*args: str | Path):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, [str(a) for a in args], catch_exceptions=False)


def qualify_into(db_url: str, tmp_path: Path) -> list[dict]:
    result = cli("qualify", LEADS, "--profile", PROFILE, "--db", db_url, "-o", tmp_path / "out.jsonl")
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]


def test_db_upgrade_then_status(db_url: str) -> None:
    before = cli("db", "status", "--db", db_url)
    assert before.exit_code == 1 and "at empty" in before.stdout and "leadqual db upgrade" in before.stderr
    assert cli("db", "upgrade", "--db", db_url).exit_code == 0
    after = cli("db", "status", "--db", db_url)
    head = head_revision()
    assert after.exit_code == 0 and f"at {head}, newest {head}" in after.stdout


def test_qualify_stores_each_lead_once(db_url: str, tmp_path: Path) -> None:
    assert cli("db", "upgrade", "--db", db_url).exit_code == 0
    records = qualify_into(db_url, tmp_path)
    again = cli("qualify", LEADS, "--profile", PROFILE, "--db", db_url, "-o", tmp_path / "again.jsonl")
    assert f"stored {len(records)} new qualifications" not in again.stderr
    assert f"stored 0 new qualifications, {len(records)} unchanged" in again.stderr
    assert len(records) == 22


def test_qualify_no_store_writes_no_database(tmp_path: Path) -> None:
    db = tmp_path / "never.db"
    result = cli(
        "qualify",
        LEADS,
        "--profile",
        PROFILE,
        "--no-store",
        "--db",
        f"sqlite:///{db}",
        "-o",
        tmp_path / "o.jsonl",
    )
    assert result.exit_code == 0 and not db.exists() and "stored" not in result.stderr


def test_qualify_refuses_an_unmigrated_postgres_with_the_fix(
    db_url: str, backend: str, tmp_path: Path
) -> None:
    result = cli("qualify", LEADS, "--profile", PROFILE, "--db", db_url, "-o", tmp_path / "o.jsonl")
    if backend == "sqlite":  # a new SQLite file migrates itself
        assert result.exit_code == 0 and "stored 22 new" in result.stderr
    else:
        assert result.exit_code == 2 and "leadqual db upgrade" in result.stderr


def test_outcome_one_and_import(db_url: str, tmp_path: Path) -> None:
    assert cli("db", "upgrade", "--db", db_url).exit_code == 0
    ids = [r["id"] for r in qualify_into(db_url, tmp_path)]
    one = cli("outcome", ids[0], "won", "--at", "2026-03-01", "--db", db_url)
    assert one.exit_code == 0 and f"{ids[0]}: won" in one.stderr
    unknown = cli("outcome", "no-such-lead", "won", "--db", db_url)
    assert unknown.exit_code == 2 and "no stored lead has the id 'no-such-lead'" in unknown.stderr
    csv = tmp_path / "outcomes.csv"
    csv.write_text(f"lead_id,outcome,at\n{ids[1]},lost,2026-03-02\nghost,won,\n{ids[0]},lost,2026-02-01\n")
    imported = cli("outcome", "--import", csv, "--db", db_url)
    assert imported.exit_code == 1
    assert "line 3: no stored lead has the id 'ghost'" in imported.stderr
    assert "1 outcomes recorded, 1 older than the stored one, 1 unknown lead ids" in imported.stderr
    report = json.loads(cli("report", "--json", "--db", db_url).stdout)
    assert report["with_outcome"] == 2 and report["decided"] == 2  # ids[0] stays won


def test_rescore_counts_tier_changes_without_writing(db_url: str, tmp_path: Path) -> None:
    assert cli("db", "upgrade", "--db", db_url).exit_code == 0
    records = qualify_into(db_url, tmp_path)
    policy = tmp_path / "lower-hot.toml"
    policy.write_text('version = "hot-70"\n[tiers]\nhot = 70\n')
    expected = sorted(r["id"] for r in records if 70 <= r["score"]["total"] < 80)
    assert expected, "the sample leads should include totals between 70 and 79"
    result = cli("rescore", "--policy", policy, "--json", "--db", db_url)
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["policy_version"] == "hot-70" and data["leads"] == len(records)
    assert sorted(c["lead_id"] for c in data["changed_leads"]) == expected
    assert data["moves"] == [{"from": "warm", "to": "hot", "leads": len(expected)}]
    assert f"{len(expected)} of {len(records)} leads change tier" in result.stderr
    # Nothing was written: a second run sees the same stored tiers.
    assert json.loads(cli("rescore", "--policy", policy, "--json", "--db", db_url).stdout)["changed"] == len(
        expected
    )
    future = cli("rescore", "--policy", policy, "--since", "2999-01-01", "--json", "--db", db_url)
    assert json.loads(future.stdout)["leads"] == 0
    bad = cli("rescore", "--policy", tmp_path / "missing.toml", "--db", db_url)
    assert bad.exit_code == 2 and "does not exist" in bad.stderr
