"""LLM extractors in the batch pipeline and the CLI: concurrency, order, --rpm, costs."""

from __future__ import annotations

import itertools
import json
import random
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from leadqual.cli import app
from leadqual.extractors.fake import ScriptedExtractor
from leadqual.extractors.openai import OpenAIExtractor
from leadqual.leads import Lead, lead_from_dict
from leadqual.pipeline import qualify_many
from leadqual.profile import Profile
from leadqual.signals import Signals
from leadqual.testing.fake_llm import FakeLLMServer, Reply, Request, rules_reader

PROFILE = Profile(name="Cool Air", offering="Air-conditioning installation and repair.",
                  currency="ILS", keywords=["ac"], service_area=["Tel Aviv"])
TEXTS = ["Our AC died, can you come today? I'm the owner.", "Just browsing AC prices.",
         "Need a new air conditioner next month, budget 4000 ILS.", "hello"]


def leads(count: int) -> list[Lead]:
    records = [lead_from_dict({"id": f"lead-{i}", "conversation": TEXTS[i % len(TEXTS)]})
               for i in range(count)]
    return [r for r in records if isinstance(r, Lead)]


def test_concurrent_llm_results_keep_input_order() -> None:
    def jittery(request: Request) -> Reply:
        return Reply(content=rules_reader(request), delay=random.uniform(0, 0.05))

    with FakeLLMServer(responder=jittery) as server:
        engine = OpenAIExtractor(base_url=server.openai_url, model="fake-small")
        results = list(qualify_many(leads(40), PROFILE, engine, concurrency=16))
    assert [q.id for _, q in results] == [f"lead-{i}" for i in range(40)]
    assert all(not q.metadata.fallback for _, q in results)
    assert all(q.metadata.model_dump()["calls"][0]["outcome"] == "ok" for _, q in results)
    # The same lead text gives the same reading whatever thread read it.
    assert results[0][1].signals == results[4][1].signals


def test_rpm_spaces_the_starts_across_threads() -> None:
    starts: list[float] = []
    lock = threading.Lock()

    def record(conversation: object, profile: object) -> Signals:
        with lock:
            starts.append(time.monotonic())
        return Signals()

    engine = ScriptedExtractor(record)
    list(qualify_many(leads(6), PROFILE, engine, concurrency=6, rpm=600))  # one per 0.1 s
    starts.sort()
    gaps = [b - a for a, b in itertools.pairwise(starts)]
    assert len(gaps) == 5 and min(gaps) >= 0.08
    assert starts[-1] - starts[0] >= 0.45


def test_qualify_cli_with_openai_on_a_local_server_reports_cost(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "leads.jsonl"
    source.write_text("".join(json.dumps({"id": f"l{i}", "conversation": t}) + "\n"
                              for i, t in enumerate(TEXTS)))
    profile = tmp_path / "profile.toml"
    profile.write_text('name = "Cool Air"\noffering = "Air-conditioning installation and repair."\n'
                       'currency = "ILS"\n')
    out = tmp_path / "out.jsonl"
    with FakeLLMServer() as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.openai_url)
        monkeypatch.delenv("OPENAI_API_KEY", raising=False)
        result = CliRunner().invoke(app, [
            "qualify", str(source), "--profile", str(profile), "--extractor", "openai",
            "--model", "gpt-4o-mini", "--rpm", "6000", "--concurrency", "4", "-o", str(out)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["id"] for r in records] == ["l0", "l1", "l2", "l3"]
    assert all(r["metadata"]["calls"][0]["model"] == "gpt-4o-mini" for r in records)
    total = sum(r["metadata"]["cost_usd"] for r in records)
    assert total > 0
    assert f"cost ${total:.4f} total" in result.output


def test_qualify_cli_without_a_key_names_the_fix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    profile = tmp_path / "profile.toml"
    profile.write_text('name = "X"\noffering = "Y"\n')
    result = CliRunner().invoke(app, ["qualify", "--text", "hi", "--profile", str(profile),
                                      "--extractor", "claude"])
    assert result.exit_code == 2
    assert "ANTHROPIC_API_KEY" in result.output
