"""``leadqual report`` on a fresh database, an empty history and a history with one outcome."""

from __future__ import annotations

import json
import re
from pathlib import Path

from typer.testing import CliRunner

from leadqual.cli import app
from leadqual.settings import get_settings

ROOT = Path(__file__).resolve().parents[1]
PROFILE = ROOT / "examples" / "profiles" / "home-services.toml"
LEADS = ROOT / "examples" / "leads.jsonl"


def cli(*args: str | Path):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, [str(a) for a in args], catch_exceptions=False)


def test_a_fresh_default_sqlite_database_gives_a_clear_report(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("LEADQUAL_DATA_DIR", str(tmp_path / "data"))
    get_settings.cache_clear()
    try:
        result = cli("report")
        assert result.exit_code == 0
        assert "0 leads in the last 30 days" in result.stdout
        assert "no stored qualifications in this period" in result.stdout
        assert "calibration needs 30 decided leads, has 0" in result.stdout
        assert (tmp_path / "data" / "leadqual.db").exists()  # created and migrated by itself
    finally:
        get_settings.cache_clear()


def test_empty_then_one_outcome(db_url: str, tmp_path: Path) -> None:
    assert cli("db", "upgrade", "--db", db_url).exit_code == 0
    empty = json.loads(cli("report", "--json", "--db", db_url).stdout)
    assert empty["leads"] == 0 and empty["hot_target"]["met"] is None and empty["drift"]["weeks"] == []
    out = tmp_path / "out.jsonl"
    assert cli("qualify", LEADS, "--profile", PROFILE, "--db", db_url, "-o", out).exit_code == 0
    hot = next(json.loads(line) for line in out.read_text().splitlines() if '"tier": "hot"' in line)
    assert cli("outcome", hot["id"], "won", "--db", db_url).exit_code == 0
    report = json.loads(cli("report", "--json", "--target", "0.9", "--db", db_url).stdout)
    assert report["decided"] == 1 and report["leads"] == 22
    assert report["hot_target"] == {"target": 0.9, "won": 1, "decided": 1, "rate": 1.0, "met": True}
    assert report["calibration"]["needs_more"] == 29
    text = cli("report", "--db", db_url)
    assert text.exit_code == 0 and "HOT close rate 100% (1/1), target 60%: met" in text.stdout
    page = tmp_path / "report.html"
    html = cli("report", "--html", page, "--db", db_url)
    assert html.exit_code == 0 and f"wrote {page}" in html.stderr
    body = page.read_text()
    assert len(re.findall(r"<img alt='[^']+' src='data:image/png;base64,iVBORw0KGgo", body)) == 3
    assert "record 29 more outcomes" in body and "100% (1/1 decided)" in body


def test_bad_options_are_usage_errors(db_url: str) -> None:
    assert cli("report", "--target", "60", "--db", db_url).exit_code == 2
    assert cli("report", "--days", "-1", "--db", db_url).exit_code == 2
