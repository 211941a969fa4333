"""The cascade: rules first, a strong model only for hot, borderline or sparse readings."""

from __future__ import annotations

import pytest

from leadqual.errors import ConfigError, ExtractionError
from leadqual.extractors import create_extractor
from leadqual.extractors.cascade import CascadeExtractor, known_dimensions
from leadqual.extractors.fake import ScriptedExtractor
from leadqual.pipeline import qualify
from leadqual.profile import Profile
from leadqual.signals import Authority, Signals
from leadqual.testing.fake_llm import FakeLLMServer

PROFILE = Profile(name="Cool Air", offering="Air-conditioning installation and repair.",
                  currency="ILS", keywords=["ac", "air conditioner"], service_area=["Tel Aviv"])
HOT = ("Hi, our AC died and it's 35 degrees. Can someone come today? Yes, it's my house. "
       "Budget isn't an issue, just fix it.")
WARM = "I'm the owner. We want a new air conditioner installed next year, budget around 3,000 ILS."
SPARSE = "hello"
STRONG_READING = Signals(authority=Authority(is_decision_maker=False, mentioned_others=True,
                                             quotes=["Yes, it's my house"]))


def cascade(**options: object) -> tuple[CascadeExtractor, ScriptedExtractor]:
    strong = ScriptedExtractor([STRONG_READING], model="fake-large", name="strong")
    return CascadeExtractor(first="rules", strong=strong, **options), strong  # type: ignore[arg-type]


def test_a_hot_first_reading_is_escalated_and_the_metadata_says_why() -> None:
    engine, strong = cascade()
    result = qualify(HOT, PROFILE, engine)
    info = result.metadata.model_dump()["cascade"]
    assert info["decided_by"] == "strong" and info["first"] == "rules"
    assert "first reading is hot" in info["reasons"][0]
    assert len(strong.seen) == 1
    assert result.metadata.model == "fake-large"
    assert result.signals.authority.is_decision_maker is False  # the strong reading counts


def test_a_clear_warm_reading_is_decided_by_the_first_stage() -> None:
    engine, strong = cascade()
    result = qualify(WARM, PROFILE, engine)
    info = result.metadata.model_dump()["cascade"]
    assert info == {"first": "rules", "strong": "strong", "first_total": result.score.total,
                    "reasons": [], "decided_by": "first"}
    assert strong.seen == []
    assert result.score.tier == "warm"


def test_a_sparse_reading_is_escalated_and_the_rule_is_configurable() -> None:
    engine, _ = cascade()
    assert known_dimensions(Signals()) == 0
    info = qualify(SPARSE, PROFILE, engine).metadata.model_dump()["cascade"]
    assert info["decided_by"] == "strong" and "only 0 of 4" in " ".join(info["reasons"])
    engine, strong = cascade(escalate="borderline")
    assert qualify(SPARSE, PROFILE, engine).metadata.model_dump()["cascade"]["decided_by"] == "first"
    assert qualify(HOT, PROFILE, engine).metadata.model_dump()["cascade"]["decided_by"] == "first"
    assert strong.seen == []
    with pytest.raises(ConfigError, match="unknown cascade rule"):
        CascadeExtractor(first="rules", strong=strong, escalate="sometimes")


def test_a_failing_strong_stage_leaves_the_first_reading() -> None:
    strong = ScriptedExtractor([ExtractionError("model down")], name="strong")
    result = qualify(HOT, PROFILE, CascadeExtractor(first="rules", strong=strong))
    info = result.metadata.model_dump()["cascade"]
    assert info["decided_by"] == "first" and info["strong_error"] == "model down"
    assert result.metadata.fallback is False and result.score.tier == "hot"


def test_cascade_by_name_escalates_to_claude_on_the_fake_server(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with FakeLLMServer() as server:
        monkeypatch.setenv("ANTHROPIC_API_KEY", "test-key")
        monkeypatch.setenv("ANTHROPIC_BASE_URL", server.anthropic_url)
        engine = create_extractor("cascade", model="claude-haiku-4-5")
        hot = qualify(HOT, PROFILE, engine)
        warm = qualify(WARM, PROFILE, engine)
        assert len(server.requests) == 1  # only the hot lead reached the model
    calls = hot.metadata.model_dump()["calls"]
    assert [c["model"] for c in calls] == ["claude-haiku-4-5"]
    assert hot.metadata.cost_usd and hot.metadata.cost_usd > 0
    assert warm.metadata.cost_usd is None and warm.metadata.model_dump()["cascade"]["decided_by"] == "first"
