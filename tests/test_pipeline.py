"""The pipeline: qualification, metadata, grounding, and the neutral fallback."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pytest

from leadqual import (
    Conversation,
    Extraction,
    ExtractionError,
    Profile,
    Qualification,
    Signals,
    load_policy,
    qualify,
    qualify_many,
)
from leadqual.extractors.base import Usage
from leadqual.leads import BadRecord, Lead, read_leads
from leadqual.signals import Authority, Budget, Need, Timeline

PROFILE = Profile(name="Cool Air", offering="AC installation and repair", currency="ILS",
                  keywords=["ac", "air conditioner"])


@dataclass
class Scripted:
    """An extractor that returns prepared signals, or raises for texts that contain "FAIL"."""

    signals: Signals = field(default_factory=Signals)
    name: str = "scripted"
    error: Exception | None = None
    seen: list[str] = field(default_factory=list)

    def extract(self, conversation: Conversation, profile: Profile) -> Extraction:
        self.seen.append(conversation.customer_text)
        if self.error is not None and "FAIL" in conversation.customer_text:
            raise self.error
        return Extraction(self.signals, model="script-1", usage=Usage(120, 30, 0.0004),
                          notes={"stage": "only"})


def test_qualify_with_the_rules_extractor() -> None:
    q = qualify("Customer: our AC is leaking, can you come today?\nAgent: are you the owner?\nCustomer: yes",
                PROFILE, lead_id="L-1")
    assert isinstance(q, Qualification)
    assert q.id == "L-1"
    assert q.signals.need.fit_score_hint == "clear_fit"
    assert q.signals.authority.is_decision_maker is True
    assert q.signals.timeline.timeframe == "immediate"
    assert q.score.breakdown == {"budget": 10, "authority": 25, "need": 25, "timeline": 25}
    assert (q.score.total, q.score.tier, q.score.sla) == (85, "hot", "call within 1 hour")
    m = q.metadata
    assert (m.lead_id, m.extractor, m.model, m.policy_version, m.fallback, m.error) == (
        "L-1", "rules", None, "default-1", False, None)
    assert 0 <= m.extraction_ms <= m.total_ms
    assert m.dropped_quotes == []


def test_output_record_has_the_contract_shape() -> None:
    record = qualify("our AC is broken", PROFILE, lead_id="x").to_record()
    assert set(record) == {"id", "score", "signals", "metadata"}
    assert set(record["score"]) >= {"total", "tier", "breakdown"}
    assert set(record["signals"]) == {"budget", "authority", "need", "timeline", "red_flags"}
    for key in ("lead_id", "extractor", "model", "extraction_ms", "total_ms", "policy_version", "fallback"):
        assert key in record["metadata"]


def test_metadata_from_the_extractor_usage_and_notes() -> None:
    q = qualify("hello", PROFILE, Scripted(), lead_id="u-1")
    m = q.metadata
    assert (m.extractor, m.model, m.input_tokens, m.output_tokens, m.cost_usd) == (
        "scripted", "script-1", 120, 30, 0.0004)
    assert q.to_record()["metadata"]["stage"] == "only"


def test_received_at_reaches_the_extractor() -> None:
    q = qualify("we need it in June", PROFILE, received_at=datetime(2026, 5, 20, tzinfo=UTC))
    assert q.signals.timeline.timeframe == "this_month"


def test_custom_policy_version_is_recorded(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_text('version = "v9"\n', encoding="utf-8")
    assert qualify("hi", PROFILE, policy=load_policy(path)).metadata.policy_version == "v9"


def test_extraction_error_gives_the_neutral_fallback() -> None:
    engine = Scripted(error=ExtractionError("model returned garbage: retry later"))
    q = qualify("FAIL please", PROFILE, engine, lead_id="f-1")
    assert q.score.breakdown == {"budget": 10, "authority": 10, "need": 10, "timeline": 10}
    assert (q.score.total, q.score.tier, q.score.needs_review) == (40, "cold", True)
    assert q.metadata.fallback is True
    assert q.metadata.error == "model returned garbage: retry later"
    assert (q.metadata.lead_id, q.metadata.extractor, q.metadata.policy_version) == (
        "f-1", "scripted", "default-1")
    assert q.signals == Signals()


def test_the_batch_goes_on_after_a_failure() -> None:
    engine = Scripted(signals=Signals(need=Need(fit_score_hint="clear_fit")),
                      error=ExtractionError("timeout"))
    data = b"\n".join([
        b'{"id": "1", "conversation": "our AC is broken"}',
        b'{"id": "2", "conversation": "FAIL"}',
        b'{"id": "3", "conversation": "broken json',
        b'{"id": "4", "conversation": "fine"}',
    ])
    results = list(qualify_many(read_leads(data), PROFILE, engine))
    assert [q.id for _, q in results] == ["1", "2", None, "4"]
    assert [q.metadata.fallback for _, q in results] == [False, True, True, False]
    assert results[1][1].metadata.error == "timeout"
    bad, fallback = results[2]
    assert isinstance(bad, BadRecord) and "line 3" in (fallback.metadata.error or "")
    assert fallback.score.total == 40
    assert results[3][1].score.breakdown["need"] == 25


def test_concurrent_batches_keep_input_order() -> None:
    leads = [lead for lead in read_leads(b"\n".join(
        b'{"id": "%d", "conversation": "msg %d"}' % (i, i) for i in range(40))) if isinstance(lead, Lead)]
    results = list(qualify_many(leads, PROFILE, Scripted(), concurrency=8))
    assert [q.id for _, q in results] == [str(i) for i in range(40)]


def test_an_unexpected_extractor_exception_also_falls_back() -> None:
    engine = Scripted(error=ValueError("unexpected"))
    q = qualify("FAIL", PROFILE, engine, lead_id="b-1")
    assert q.metadata.fallback and "unexpected" in (q.metadata.error or "")


def test_invented_quotes_are_dropped_and_recorded() -> None:
    invented = Signals(
        budget=Budget(mentioned=True, amount_indicated="20k+", quotes=["budget is 50k"], amount=50_000,
                      currency="ILS"),
        authority=Authority(is_decision_maker=True, quotes=["I am the CEO"]),
        need=Need(fit_score_hint="clear_fit", urgency_signals=["emergency", "AC is broken"]),
        timeline=Timeline(mentioned=True, timeframe="immediate", quotes=["today"]),
    )
    q = qualify("Customer: the ac is BROKEN\nAgent: budget is 50k, I am the CEO, today", PROFILE,
                Scripted(invented))
    s = q.signals
    assert s.budget == Budget() and s.authority == Authority() and s.timeline == Timeline()
    assert s.need.urgency_signals == ["AC is broken"]  # case and whitespace folded, words kept
    assert s.need.fit_score_hint == "clear_fit"
    assert q.score.breakdown == {"budget": 10, "authority": 12, "need": 25, "timeline": 8}
    dropped = " ".join(q.metadata.dropped_quotes)
    for part in ("budget is 50k", "I am the CEO", "emergency", "today", "no verbatim evidence"):
        assert part in dropped


def test_unknown_extractor_name_is_a_config_error() -> None:
    from leadqual import ConfigError
    with pytest.raises(ConfigError, match="unknown extractor 'nope'"):
        qualify("hi", PROFILE, "nope")
