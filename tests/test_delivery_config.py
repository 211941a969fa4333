"""Delivery settings from TOML and the environment; the sink registry."""

from __future__ import annotations

from pathlib import Path

import pytest

from leadqual.delivery import (
    DeliveryResult,
    available_sinks,
    build_sinks,
    load_delivery_config,
    register_sink,
    retry_policy,
)
from leadqual.delivery.crm import RestCrmSink
from leadqual.delivery.hubspot import HubSpotSink
from leadqual.delivery.slack import SlackNotifier
from leadqual.errors import ConfigError
from leadqual.testing.fake_crm import FakeCrm
from leadqual.testing.qualifications import sample_lead, sample_qualification


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    import os
    for key in list(os.environ):
        if key.startswith("LEADQUAL_DELIVERY"):
            monkeypatch.delenv(key)


def test_defaults_have_the_issue_tier_maps_and_no_sinks() -> None:
    config = load_delivery_config()
    assert config.sinks == []
    assert config.tiers.route("hot") == ("Sales Qualified", "urgent")
    assert config.tiers.route("warm") == ("Marketing Qualified", "high")
    assert config.tiers.route("cold") == ("Nurture", "normal")
    assert config.tiers.route("disqualified") == ("Closed Lost", "low")


def test_toml_file_with_partial_tier_map(tmp_path: Path) -> None:
    path = tmp_path / "delivery.toml"
    path.write_text("""
[delivery]
sinks = ["crm", "hubspot", "slack"]
[delivery.tiers.stage]
hot = "SQL"
[delivery.crm]
base_url = "http://127.0.0.1:9"
[delivery.hubspot]
token = "pat-1"
dealstages = { hot = "qualifiedtobuy" }
[delivery.slack]
webhook_url = "http://127.0.0.1:9/hook"
notify_warm = true
[delivery.retry]
max_attempts = 3
""")
    config = load_delivery_config(path)
    assert config.tiers.route("hot") == ("SQL", "urgent")
    assert config.tiers.route("cold") == ("Nurture", "normal")
    sinks = build_sinks(config)
    assert list(sinks) == ["crm", "hubspot", "slack"]
    assert isinstance(sinks["crm"], RestCrmSink) and isinstance(sinks["hubspot"], HubSpotSink)
    assert isinstance(sinks["slack"], SlackNotifier) and sinks["slack"].notify_warm
    assert retry_policy(config).max_attempts == 3


def test_environment_overrides_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "d.toml"
    path.write_text('sinks = ["crm"]\n[crm]\nbase_url = "http://file"\ntoken = "from-file"\n')
    monkeypatch.setenv("LEADQUAL_DELIVERY_CONFIG", str(path))
    monkeypatch.setenv("LEADQUAL_DELIVERY_SINKS", "crm, pipedrive")
    monkeypatch.setenv("LEADQUAL_DELIVERY_CRM__BASE_URL", "http://env")
    monkeypatch.setenv("LEADQUAL_DELIVERY_PIPEDRIVE__API_TOKEN", "pd")
    config = load_delivery_config()
    assert config.sinks == ["crm", "pipedrive"]
    assert config.crm.base_url == "http://env" and config.crm.token == "from-file"
    assert config.pipedrive.api_token == "pd"


@pytest.mark.parametrize(("text", "message"), [
    ('[delivery]\nsinkz = ["crm"]\n', "sinkz"),
    ('[delivery.tiers.stage]\nhott = "x"\n', "unknown tiers"),
    ("[delivery\n", "not valid UTF-8 TOML"),
])
def test_bad_files_name_the_problem(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(text)
    with pytest.raises(ConfigError, match=message):
        load_delivery_config(path)


def test_missing_settings_name_the_fix() -> None:
    config = load_delivery_config()
    config.sinks = ["hubspot"]
    with pytest.raises(ConfigError, match="LEADQUAL_DELIVERY_HUBSPOT__TOKEN"):
        build_sinks(config)
    config.sinks = ["nosuch"]
    with pytest.raises(ConfigError, match=r"unknown sink 'nosuch'.*crm"):
        build_sinks(config)


def test_registered_sink_is_built_by_name() -> None:
    class Echo:
        name = "echo"

        def push(self, qualification: object, lead: object) -> DeliveryResult:
            return DeliveryResult("echo", "1", "k")

    register_sink("echo", lambda config, transport=None: Echo())
    config = load_delivery_config()
    config.sinks = ["echo"]
    assert "echo" in available_sinks()
    assert build_sinks(config)["echo"].push(sample_qualification("hot"), sample_lead()).external_ref == "1"


def test_configured_crm_sink_delivers_to_the_fake(monkeypatch: pytest.MonkeyPatch) -> None:
    with FakeCrm(token="t") as crm:
        monkeypatch.setenv("LEADQUAL_DELIVERY_SINKS", "crm")
        monkeypatch.setenv("LEADQUAL_DELIVERY_CRM__BASE_URL", crm.url)
        monkeypatch.setenv("LEADQUAL_DELIVERY_CRM__TOKEN", "t")
        monkeypatch.setenv("LEADQUAL_DELIVERY_TIERS__PRIORITY__HOT", "p0")
        sink = build_sinks()["crm"]
        sink.push(sample_qualification("hot", "e1"), sample_lead("e1"))
        assert crm.leads["e1"]["pipeline"] == {"stage": "Sales Qualified", "priority": "p0"}
