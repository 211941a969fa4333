"""Delivery: push qualified leads to CRMs and alert the team, safely retryable.

Sinks (``crm``, ``hubspot``, ``pipedrive``, ``slack``) are chosen in the delivery
settings (:mod:`leadqual.delivery.config`) and built by :func:`build_sinks`. Every push
carries an idempotency key; failures are classified by :mod:`leadqual.delivery.retry`.
"""

from __future__ import annotations

from leadqual.delivery.base import (
    Alert,
    DeliveryError,
    DeliveryResult,
    LeadView,
    Notifier,
    PermanentDeliveryError,
    RetryableDeliveryError,
    Sink,
    idempotency_key,
    lead_view,
)
from leadqual.delivery.config import DeliveryConfig, TierRouting, load_delivery_config
from leadqual.delivery.registry import available_sinks, build_sinks, create_sink, register_sink, retry_policy
from leadqual.delivery.retry import RetryPolicy, classify, deliver_with_retry, parse_retry_after

__all__ = [
    "Alert", "DeliveryConfig", "DeliveryError", "DeliveryResult", "LeadView", "Notifier",
    "PermanentDeliveryError", "RetryPolicy", "RetryableDeliveryError", "Sink", "TierRouting",
    "available_sinks", "build_sinks", "classify", "create_sink", "deliver_with_retry",
    "idempotency_key", "lead_view", "load_delivery_config", "parse_retry_after", "register_sink",
    "retry_policy",
]
