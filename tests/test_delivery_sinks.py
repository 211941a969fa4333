"""Each delivery sink against its fake server on 127.0.0.1: payloads, idempotency, errors."""

from __future__ import annotations

import json

import pytest

from leadqual.delivery import PermanentDeliveryError, RetryableDeliveryError, TierRouting
from leadqual.delivery.crm import RestCrmSink
from leadqual.delivery.hubspot import HubSpotSink
from leadqual.delivery.pipedrive import PipedriveSink
from leadqual.delivery.slack import SlackNotifier
from leadqual.testing.fake_crm import FailurePlan, FakeCrm, FakeHubSpot, FakePipedrive, FakeSlack
from leadqual.testing.qualifications import sample_lead, sample_qualification


def test_crm_payload_has_contact_breakdown_stage_priority_and_signals() -> None:
    with FakeCrm(token="secret") as crm:
        sink = RestCrmSink(crm.url, token="secret")
        result = sink.push(sample_qualification("hot", "hs-001"), sample_lead("hs-001"))
        [request] = crm.requests
        body = request.body
        assert request.method == "POST" and request.path == "/api/leads"
        assert request.header("Authorization") == "Bearer secret"
        assert request.header("Idempotency-Key") == result.idempotency_key == body["idempotency_key"]
        assert body["external_id"] == "hs-001"
        assert body["contact"] == {"name": "Dana hs-001", "phone": "+972-50-000-0000",
                                   "email": "hs-001@example.com"}
        assert body["qualification"]["score"] == 100
        assert body["qualification"]["tier"] == "hot"
        assert body["qualification"]["breakdown"] == {"budget": 25, "authority": 25, "need": 25,
                                                      "timeline": 25}
        assert body["qualification"]["sla"] == "call within 1 hour"
        assert body["pipeline"] == {"stage": "Sales Qualified", "priority": "urgent"}
        assert body["signals"]["budget"]["amount_indicated"] == "20k+"
        assert body["problem"].startswith("The AC died")
        assert result.external_ref == "crm-1" and result.created


@pytest.mark.parametrize(("tier", "stage", "priority"), [
    ("hot", "Sales Qualified", "urgent"), ("warm", "Marketing Qualified", "high"),
    ("cold", "Nurture", "normal"), ("disqualified", "Closed Lost", "low")])
def test_crm_default_tier_map(tier: str, stage: str, priority: str) -> None:
    with FakeCrm() as crm:
        RestCrmSink(crm.url).push(sample_qualification(tier), sample_lead())
        assert crm.requests[0].body["pipeline"] == {"stage": stage, "priority": priority}


def test_crm_custom_tier_map_and_requalification_updates_the_same_record() -> None:
    routing = TierRouting(stage={"hot": "SQL"}, priority={"warm": "p2"})
    with FakeCrm() as crm:
        sink = RestCrmSink(crm.url, routing=routing)
        first = sink.push(sample_qualification("hot", "x"), sample_lead("x"))
        second = sink.push(sample_qualification("warm", "x"), sample_lead("x"))
        assert crm.requests[0].body["pipeline"] == {"stage": "SQL", "priority": "urgent"}
        assert crm.requests[1].body["pipeline"] == {"stage": "Marketing Qualified", "priority": "p2"}
        # A new reading gets a new key, and the CRM updates the record it already has.
        assert first.idempotency_key != second.idempotency_key
        assert first.external_ref == second.external_ref and not second.created
        assert list(crm.leads) == ["x"]


def test_crm_lost_answer_then_retry_is_replayed_not_duplicated() -> None:
    with FakeCrm(failures=FailurePlan(script=["drop_after"])) as crm:
        sink = RestCrmSink(crm.url)
        q, lead = sample_qualification("hot", "a"), sample_lead("a")
        with pytest.raises(RetryableDeliveryError):
            sink.push(q, lead)
        result = sink.push(q, lead)
        assert [r.outcome for r in crm.requests] == ["drop_after", "replayed"]
        assert crm.writes == {"a": 1} and result.external_ref == "crm-1"


def test_crm_wrong_token_is_permanent_and_names_the_fix() -> None:
    with FakeCrm(token="right") as crm:
        with pytest.raises(PermanentDeliveryError, match=r"401.*check the token") as info:
            RestCrmSink(crm.url, token="wrong").push(sample_qualification("hot"), sample_lead())
        assert info.value.status == 401 and not info.value.retryable
        assert crm.leads == {}


def test_hubspot_upserts_contact_by_email_and_deal_by_lead_id_then_associates() -> None:
    with FakeHubSpot(token="pat") as hub:
        sink = HubSpotSink("pat", base_url=hub.url, dealstages={"hot": "qualifiedtobuy"})
        result = sink.push(sample_qualification("hot", "hs-7"), sample_lead("hs-7"))
        paths = [(r.method, r.path) for r in hub.requests]
        assert paths[:2] == [("POST", "/crm/v3/objects/contacts/batch/upsert"),
                             ("POST", "/crm/v3/objects/deals/batch/upsert")]
        assert paths[2][0] == "PUT" and "/associations/default/contact/" in paths[2][1]
        contact_input = hub.requests[0].body["inputs"][0]
        assert contact_input["idProperty"] == "email" and contact_input["id"] == "hs-7@example.com"
        assert contact_input["properties"] == {"email": "hs-7@example.com", "firstname": "Dana",
                                               "lastname": "hs-7", "phone": "+972-50-000-0000"}
        deal = hub.objects["deals"][result.external_ref or ""]["properties"]
        assert deal["leadqual_id"] == "hs-7" and deal["leadqual_score"] == "100"
        assert deal["leadqual_tier"] == "hot" and deal["leadqual_stage"] == "Sales Qualified"
        assert deal["leadqual_priority"] == "urgent" and deal["dealstage"] == "qualifiedtobuy"
        assert json.loads(deal["leadqual_breakdown"])["need"] == 25
        assert hub.associations == {(result.external_ref, result.detail["contact_id"])}


def test_hubspot_retry_after_lost_answers_keeps_one_contact_and_one_deal() -> None:
    plan = FailurePlan(script=["drop_after", None, "timeout_after"])
    with FakeHubSpot(failures=plan, hang_seconds=1.0) as hub:
        sink = HubSpotSink("pat-test", base_url=hub.url, timeout=0.3)
        q, lead = sample_qualification("warm", "h1"), sample_lead("h1")
        for _ in range(2):
            with pytest.raises(RetryableDeliveryError):
                sink.push(q, lead)
        result = sink.push(q, lead)
        assert len(hub.objects["contacts"]) == 1 and len(hub.objects["deals"]) == 1
        assert not result.created  # the deal existed since the lost second answer
        # Re-qualified as hot: the same deal is updated.
        sink.push(sample_qualification("hot", "h1"), lead)
        [deal] = hub.objects["deals"].values()
        assert deal["properties"]["leadqual_tier"] == "hot" and len(hub.objects["deals"]) == 1


def test_hubspot_without_email_creates_only_the_deal_with_contact_details() -> None:
    with FakeHubSpot() as hub:
        result = HubSpotSink("pat-test", base_url=hub.url).push(
            sample_qualification("cold", "n1"), sample_lead("n1", email=False))
        assert hub.objects["contacts"] == {} and result.detail["contact_id"] is None
        deal = hub.objects["deals"][result.external_ref or ""]["properties"]
        assert "+972-50-000-0000" in deal["description"]


def test_hubspot_bad_token_is_permanent() -> None:
    with FakeHubSpot(token="good") as hub, pytest.raises(PermanentDeliveryError, match="401"):
        HubSpotSink("bad", base_url=hub.url).push(sample_qualification("hot"), sample_lead())


def test_pipedrive_creates_person_and_lead_then_updates_on_requalification() -> None:
    with FakePipedrive(api_token="tok") as pd:
        sink = PipedriveSink("tok", base_url=pd.url, label_ids={"hot": ["lbl-hot"]}, currency="ILS")
        first = sink.push(sample_qualification("hot", "p1"), sample_lead("p1"))
        [person] = pd.persons.values()
        assert person["name"] == "Dana p1"
        assert person["email"] == [{"value": "p1@example.com", "primary": True, "label": "work"}]
        lead = pd.leads[first.external_ref or ""]
        assert lead["person_id"] == person["id"] and lead["label_ids"] == ["lbl-hot"]
        assert lead["title"] == "Dana p1: Sales Qualified, urgent, score 100 [leadqual:p1]"
        assert lead["value"] == {"amount": 25000.0, "currency": "USD"}
        assert all(r.header("x-api-token") == "tok" for r in pd.requests)
        second = sink.push(sample_qualification("warm", "p1"), sample_lead("p1"))
        assert second.external_ref == first.external_ref and not second.created
        assert len(pd.persons) == 1 and len(pd.leads) == 1
        assert pd.leads[first.external_ref or ""]["title"].startswith("Dana p1: Marketing Qualified")


def test_pipedrive_search_marker_does_not_match_a_longer_lead_id() -> None:
    with FakePipedrive() as pd:
        sink = PipedriveSink("pd-test", base_url=pd.url)
        sink.push(sample_qualification("hot", "p10"), sample_lead("p10"))
        sink.push(sample_qualification("hot", "p1"), sample_lead("p1"))
        assert len(pd.leads) == 2


def test_pipedrive_lost_create_answers_do_not_duplicate() -> None:
    # POST /v1/persons and POST /v1/leads each lose their answer once; Pipedrive has no
    # idempotency keys, so only the sink's search-before-create prevents duplicates.
    with FakePipedrive(failures=FailurePlan(script=["drop_after", "drop_after"],
                                            methods=["POST"])) as pd:
        sink = PipedriveSink("pd-test", base_url=pd.url)
        q, lead = sample_qualification("hot", "d1"), sample_lead("d1")
        for _ in range(2):
            with pytest.raises(RetryableDeliveryError):
                sink.push(q, lead)
        sink.push(q, lead)
        assert len(pd.persons) == 1 and len(pd.leads) == 1


def test_slack_hot_alert_has_score_breakdown_problem_phone_and_sla() -> None:
    with FakeSlack() as slack:
        notifier = SlackNotifier(slack.webhook_url)
        result = notifier.push(sample_qualification("hot", "s1"), sample_lead("s1"))
        [message] = slack.messages
        text = json.dumps(message)
        assert "score 100/100" in message["text"] and "HOT" in message["text"]
        for expected in ("call within 1 hour", "+972-50-000-0000", "The AC died",
                         "budget 25, authority 25, need 25, timeline 25", "s1"):
            assert expected in text
        assert slack.requests[0].header("Idempotency-Key") == result.idempotency_key


def test_slack_skips_warm_unless_enabled_and_never_alerts_cold() -> None:
    with FakeSlack() as slack:
        assert SlackNotifier(slack.webhook_url).push(sample_qualification("warm"), sample_lead()).skipped
        assert SlackNotifier(slack.webhook_url, notify_warm=True).push(
            sample_qualification("warm"), sample_lead()).skipped is False
        assert SlackNotifier(slack.webhook_url, notify_warm=True).push(
            sample_qualification("cold"), sample_lead()).skipped
        assert len(slack.messages) == 1 and "WARM" in slack.messages[0]["text"]


def test_slack_errors_are_classified() -> None:
    with FakeSlack(failures=FailurePlan(script=["429", "500", "drop"]), retry_after="7") as slack:
        notifier = SlackNotifier(slack.webhook_url)
        q, lead = sample_qualification("hot"), sample_lead()
        with pytest.raises(RetryableDeliveryError) as rate:
            notifier.push(q, lead)
        assert rate.value.status == 429 and rate.value.retry_after == 7
        with pytest.raises(RetryableDeliveryError) as down:
            notifier.push(q, lead)
        assert down.value.status == 500
        with pytest.raises(RetryableDeliveryError, match="connection"):
            notifier.push(q, lead)
        assert slack.messages == []
        with pytest.raises(PermanentDeliveryError, match="404"):
            SlackNotifier(slack.url + "/services/revoked").push(q, lead)


def test_slack_itself_duplicates_when_its_answer_is_lost() -> None:
    # Documents a limit of Slack's webhooks (no idempotency): the fake behaves like Slack
    # by default; with honour_idempotency_key it behaves like an idempotent proxy.
    for honour, expected in ((False, 2), (True, 1)):
        with FakeSlack(failures=FailurePlan(script=["drop_after"]),
                       honour_idempotency_key=honour) as slack:
            notifier = SlackNotifier(slack.webhook_url)
            with pytest.raises(RetryableDeliveryError):
                notifier.push(sample_qualification("hot"), sample_lead())
            notifier.push(sample_qualification("hot"), sample_lead())
            assert len(slack.messages) == expected


def test_pipedrive_matches_people_by_phone_only_when_there_is_no_email() -> None:
    with FakePipedrive() as pd:
        sink = PipedriveSink("pd-test", base_url=pd.url)
        sink.push(sample_qualification("hot", "a"), sample_lead("a"))
        sink.push(sample_qualification("hot", "b"), sample_lead("b"))  # same phone, own e-mail
        sink.push(sample_qualification("hot", "c"), sample_lead("c", email=False))
        assert len(pd.persons) == 2  # a and b apart; c (phone only) is a's person
        assert {lead["person_id"] for lead in pd.leads.values()} == {1, 2}
