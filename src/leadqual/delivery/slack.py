"""Slack alerts through an incoming webhook (slack-sdk's ``WebhookClient``).

HOT leads always alert; WARM ones when ``notify_warm`` is set; others are skipped. The
message carries the score, the breakdown, the problem, the phone and the SLA.

Slack's incoming webhooks have no idempotency: the ``Idempotency-Key`` header is sent
(proxies and the fake honour it) but Slack itself ignores it, so a request whose answer
was lost after Slack posted it shows the alert twice. Failures before Slack posts
(429, 5xx, refused or dropped connections) never duplicate.
"""

from __future__ import annotations

from typing import Any

from leadqual.delivery.base import Alert, DeliveryResult
from leadqual.delivery.config import DeliveryConfig
from leadqual.delivery.retry import classify, error_for_status
from leadqual.errors import ConfigError

try:
    from slack_sdk.webhook import WebhookClient
except ImportError as exc:  # pragma: no cover - depends on the installed extras
    raise ConfigError("the slack sink needs slack-sdk: pip install 'leadqual[server]'") from exc
from leadqual.pipeline import Qualification

TIER_BADGES = {"hot": ":fire: HOT", "warm": ":sunny: WARM", "cold": ":snowflake: COLD",
               "disqualified": ":no_entry: DISQUALIFIED"}


def alert_blocks(alert: Alert) -> tuple[str, list[dict[str, Any]]]:
    """The fallback text and Block Kit blocks of an alert."""
    who = alert.contact.get("name") or alert.contact.get("email") or alert.lead_id
    badge = TIER_BADGES.get(alert.tier, alert.tier.upper())
    text = f"{badge} lead {who}: score {alert.score}/100, {alert.sla}"
    breakdown = ", ".join(f"{dim} {points}" for dim, points in alert.breakdown.items())
    fields = [
        f"*Score*\n{alert.score}/100",
        f"*SLA*\n{alert.sla}",
        f"*Phone*\n{alert.contact.get('phone') or '-'}",
        f"*Email*\n{alert.contact.get('email') or '-'}",
    ]
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "text": f"{badge} lead: {who}"[:150]}},
        {"type": "section", "fields": [{"type": "mrkdwn", "text": f} for f in fields]},
        {"type": "section", "text": {"type": "mrkdwn",
                                     "text": f"*Problem*\n{alert.problem or '(not stated)'}"}},
        {"type": "context", "elements": [
            {"type": "mrkdwn", "text": f"Breakdown: {breakdown} | lead `{alert.lead_id}`"
                                       + (" | needs review" if alert.needs_review else "")}]},
    ]
    return text, blocks


class SlackNotifier:
    """Sends alerts to one Slack incoming webhook; also usable as a sink."""

    name = "slack"

    def __init__(self, webhook_url: str, *, notify_warm: bool = False, timeout: float = 10.0) -> None:
        self.notify_warm = notify_warm
        # retry_handlers=[]: the SDK would otherwise retry connection errors on its own,
        # hidden from the outbox's attempt count and backoff.
        self.client = WebhookClient(webhook_url, timeout=max(1, round(timeout)), retry_handlers=[])

    @classmethod
    def from_config(cls, config: DeliveryConfig, **_: Any) -> SlackNotifier:
        """Build from ``[delivery.slack]``; the webhook URL is required."""
        s = config.slack
        if not s.webhook_url:
            raise ConfigError("the slack sink needs an incoming webhook URL: set [delivery.slack] "
                              "webhook_url or LEADQUAL_DELIVERY_SLACK__WEBHOOK_URL")
        return cls(s.webhook_url, notify_warm=s.notify_warm, timeout=s.timeout)

    def wants(self, tier: str) -> bool:
        """Whether a lead of this tier gets an alert."""
        return tier == "hot" or (tier == "warm" and self.notify_warm)

    def send(self, alert: Alert) -> DeliveryResult:
        """Post the alert; raise a classified DeliveryError on failure."""
        text, blocks = alert_blocks(alert)
        try:
            response = self.client.send(text=text, blocks=blocks,
                                        headers={"Idempotency-Key": alert.idempotency_key})
        except Exception as exc:
            raise classify(exc, self.name) from exc
        if response.status_code != 200:
            raise error_for_status(response.status_code, response.headers or {}, response.body or "",
                                   self.name, "POST webhook")
        return DeliveryResult(self.name, None, alert.idempotency_key)

    def push(self, qualification: Qualification, lead: Any) -> DeliveryResult:
        """Alert for a HOT (or WARM, if enabled) lead; skip the others."""
        alert = Alert.from_qualification(qualification, lead, self.name)
        if not self.wants(alert.tier):
            return DeliveryResult(self.name, None, alert.idempotency_key, created=False, skipped=True)
        return self.send(alert)

    def close(self) -> None:
        """Nothing to close: the SDK opens a connection per request."""
