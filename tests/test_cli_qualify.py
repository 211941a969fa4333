"""``leadqual qualify`` end to end: the real console script, run with subprocess."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
HOME = ROOT / "examples" / "profiles" / "home-services.toml"
LEADS = ROOT / "examples" / "leads.jsonl"
CASES = ROOT / "data" / "cases" / "home-services.jsonl"
TIERS = {"hot", "warm", "cold", "disqualified"}
DIMENSIONS = {"budget", "authority", "need", "timeline"}


def leadqual_script() -> str:
    """The installed console script next to this interpreter (the venv's), else on PATH."""
    beside = Path(sys.executable).parent / "leadqual"
    found = str(beside) if beside.exists() else shutil.which("leadqual")
    assert found, "the leadqual console script is not installed: pip install -e ."
    return found


DATA_DIR: list[Path] = []


@pytest.fixture(autouse=True, scope="module")
def private_data_dir(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Commands store what they qualify: keep that out of the user's own data directory."""
    DATA_DIR[:] = [tmp_path_factory.mktemp("leadqual-data")]


def run(*args: str | Path, stdin: bytes | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [leadqual_script(), *map(str, args)], input=stdin.decode() if stdin is not None else None,
        capture_output=True, text=True, timeout=120, cwd=cwd, check=False,
        env={"PATH": str(Path(sys.executable).parent), "COLUMNS": "200", "LANG": "C.UTF-8",
             "HOME": str(DATA_DIR[0]), "LEADQUAL_DATA_DIR": str(DATA_DIR[0])},
    )


def check_line(line: str) -> dict[str, Any]:
    """One output line, checked against the data contract's output shape."""
    record = json.loads(line)
    assert isinstance(record, dict)
    assert isinstance(record["id"], str) or record["id"] is None
    score = record["score"]
    assert score["tier"] in TIERS
    assert set(score["breakdown"]) == DIMENSIONS
    assert all(isinstance(v, int) and 0 <= v <= 25 for v in score["breakdown"].values())
    assert score["total"] == sum(score["breakdown"].values())
    signals = record["signals"]
    budget, authority, need, timeline = (signals[k] for k in ("budget", "authority", "need", "timeline"))
    assert isinstance(budget["mentioned"], bool) and isinstance(budget["quotes"], list)
    assert budget["amount_indicated"] in {"under 1k", "1k-5k", "5k-20k", "20k+", "unknown"}
    assert budget["sensitivity"] in {"price_sensitive", "neutral", "not_concerned"}
    assert authority["is_decision_maker"] in (True, False, None)
    assert isinstance(authority["mentioned_others"], bool)
    assert isinstance(authority["role_signals"], list) and isinstance(authority["quotes"], list)
    assert isinstance(need["problem_stated"], bool) and isinstance(need["problem_description"], str)
    assert isinstance(need["urgency_signals"], list)
    assert need["fit_score_hint"] in {"clear_fit", "possible_fit", "poor_fit", "unknown"}
    assert isinstance(timeline["mentioned"], bool) and isinstance(timeline["quotes"], list)
    assert timeline["timeframe"] in {"immediate", "this_month", "this_quarter", "this_year",
                                     "just_browsing", "unknown"}
    assert isinstance(signals["red_flags"], list)
    metadata = record["metadata"]
    assert isinstance(metadata["fallback"], bool)
    assert isinstance(metadata["extractor"], str) and isinstance(metadata["total_ms"], int | float)
    if metadata["fallback"]:
        assert isinstance(metadata["error"], str) and metadata["error"]
    return record


def check_output(text: str) -> list[dict[str, Any]]:
    lines = text.splitlines()
    assert lines and all(line.strip() for line in lines)
    return [check_line(line) for line in lines]


def test_jsonl_on_stdout_when_piped() -> None:
    result = run("qualify", LEADS, "--profile", HOME)
    assert result.returncode == 0, result.stderr
    records = check_output(result.stdout)
    ids = [json.loads(line)["id"] for line in LEADS.read_text("utf-8").splitlines() if line.strip()]
    assert [r["id"] for r in records] == ids
    assert not any(r["metadata"]["fallback"] for r in records)
    assert f"{len(ids)} leads:" in result.stderr  # the summary goes to stderr, not into the JSON


def test_output_file(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = run("qualify", LEADS, "--profile", HOME, "--output", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert len(check_output(out.read_text("utf-8"))) == len(LEADS.read_text("utf-8").splitlines())


def test_csv_on_stdin() -> None:
    csv = (
        b"id,conversation,name,email,phone\n"
        b'"c-1","Customer: our AC is leaking, can you come today?\nAgent: are you the owner?\nCustomer: yes",'
        b"Dana,,\n"
        b"c-2,just looking at prices for a split unit,,,\n"
    )
    result = run("qualify", "-", "--profile", HOME, stdin=csv)
    assert result.returncode == 0, result.stderr
    first, second = check_output(result.stdout)
    assert (first["id"], first["score"]["tier"]) == ("c-1", "hot")
    assert first["signals"]["authority"]["is_decision_maker"] is True
    assert second["signals"]["timeline"]["timeframe"] == "just_browsing"


def test_jsonl_on_stdin() -> None:
    result = run("qualify", "-", "--profile", HOME, stdin=LEADS.read_bytes())
    assert result.returncode == 0, result.stderr
    assert len(check_output(result.stdout)) == len(LEADS.read_text("utf-8").splitlines())


def test_text_option() -> None:
    result = run("qualify", "--text", "Customer: our AC is leaking, can you come today?", "--profile", HOME)
    assert result.returncode == 0, result.stderr
    (record,) = check_output(result.stdout)
    assert record["id"].startswith("text-") and len(record["id"]) == 15
    assert record["signals"]["need"]["fit_score_hint"] == "clear_fit"
    assert record["signals"]["timeline"]["timeframe"] == "immediate"


def test_table_on_request() -> None:
    result = run("qualify", LEADS, "--profile", HOME, "--table")
    assert result.returncode == 0, result.stderr
    assert "demo-001" in result.stdout and "tier" in result.stdout
    with pytest.raises(json.JSONDecodeError):
        json.loads(result.stdout.splitlines()[0])


def test_broken_lines_are_fallbacks_and_exit_1(tmp_path: Path) -> None:
    source = CASES if CASES.exists() else LEADS
    lines = source.read_text("utf-8").splitlines()[:10]
    lines.insert(3, '{"id": "broken-4", "conversation": "unterminated')
    lines.insert(6, '{"conversation": "no id on this one"}')
    path = tmp_path / "labelled.jsonl"
    path.write_bytes("\n".join(lines).encode() + b"\n" + b'{"id": "latin", "conversation": "caf\xe9"}\n')
    result = run("qualify", path, "--profile", HOME)
    assert result.returncode == 1, result.stderr
    records = check_output(result.stdout)
    assert len(records) == 13  # every line written, in order
    broken = {i: r for i, r in enumerate(records, 1) if r["metadata"]["fallback"]}
    assert set(broken) == {4, 7, 13}
    assert "line 4 is not valid JSON" in broken[4]["metadata"]["error"]
    assert "no 'id'" in broken[7]["metadata"]["error"]
    assert "UTF-8" in broken[13]["metadata"]["error"]
    assert all(r["score"]["breakdown"] == dict.fromkeys(DIMENSIONS, 10) for r in broken.values())
    for number in (4, 7, 13):
        assert f"line {number}" in result.stderr
    assert "3 broken lines" in result.stderr


def test_missing_profile_option_is_a_usage_error() -> None:
    result = run("qualify", LEADS)
    assert result.returncode == 2
    assert "--profile is required" in result.stderr
    assert "examples/profiles/home-services.toml" in result.stderr  # says what to do
    assert result.stdout == ""


def test_profile_file_that_does_not_exist(tmp_path: Path) -> None:
    result = run("qualify", LEADS, "--profile", tmp_path / "nope.toml")
    assert result.returncode == 2
    assert "nope.toml does not exist" in result.stderr and "--profile" in result.stderr


def test_invalid_profile_names_the_key(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('name = "x"\nofering = "typo"\n', encoding="utf-8")
    result = run("qualify", LEADS, "--profile", bad)
    assert result.returncode == 2
    assert "ofering" in result.stderr and "offering" in result.stderr


def test_unreadable_input_file(tmp_path: Path) -> None:
    result = run("qualify", tmp_path / "missing.jsonl", "--profile", HOME)
    assert result.returncode == 2
    assert "cannot read" in result.stderr and "check the path" in result.stderr


def test_bad_policy_is_a_usage_error(tmp_path: Path) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text("[tiers]\nlukewarm = 3\n", encoding="utf-8")
    result = run("qualify", LEADS, "--profile", HOME, "--policy", policy)
    assert result.returncode == 2 and "lukewarm" in result.stderr


def test_policy_version_is_in_every_line(tmp_path: Path) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text('version = "team-b-3"\n', encoding="utf-8")
    result = run("qualify", LEADS, "--profile", HOME, "--policy", policy)
    assert result.returncode == 0, result.stderr
    assert {r["metadata"]["policy_version"] for r in check_output(result.stdout)} == {"team-b-3"}
