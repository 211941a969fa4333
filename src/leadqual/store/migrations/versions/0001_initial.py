"""Initial schema: leads, qualifications, llm_calls, outcomes, reviews, deliveries, api_keys.

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    """Create every table."""
    op.create_table(
        "leads",
        sa.Column("id", sa.String(200), primary_key=True),
        sa.Column("contact", sa.JSON(), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
    )
    op.create_table(
        "qualifications",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("lead_id", sa.String(200), sa.ForeignKey("leads.id", ondelete="CASCADE"), nullable=False),
        sa.Column("conversation_sha256", sa.String(64), nullable=False),
        sa.Column("conversation", sa.JSON(), nullable=False),
        sa.Column("received_at", TS, nullable=True),
        sa.Column("profile", sa.String(200), nullable=True),
        sa.Column("signals", sa.JSON(), nullable=False),
        sa.Column("breakdown", sa.JSON(), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("tier", sa.String(20), nullable=False),
        sa.Column("sla", sa.String(200), nullable=False),
        sa.Column("needs_review", sa.Boolean(), nullable=False),
        sa.Column("fallback", sa.Boolean(), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("extractor", sa.String(100), nullable=False),
        sa.Column("model", sa.String(200), nullable=True),
        sa.Column("policy_version", sa.String(100), nullable=False),
        sa.Column("extraction_ms", sa.Float(), nullable=True),
        sa.Column("total_ms", sa.Float(), nullable=True),
        sa.Column("input_tokens", sa.Integer(), nullable=True),
        sa.Column("output_tokens", sa.Integer(), nullable=True),
        sa.Column("cost_usd", sa.Float(), nullable=True),
        sa.Column("metadata", sa.JSON(), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.UniqueConstraint("lead_id", "conversation_sha256", name="uq_qualifications_lead_conversation"),
    )
    op.create_index("ix_qualifications_created_at", "qualifications", ["created_at"])
    op.create_index("ix_qualifications_lead_id", "qualifications", ["lead_id"])
    op.create_table(
        "llm_calls",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("qualification_id", sa.Integer(),
                  sa.ForeignKey("qualifications.id", ondelete="CASCADE"), nullable=False),
        sa.Column("model", sa.String(200), nullable=False),
        sa.Column("input_tokens", sa.Integer(), nullable=False),
        sa.Column("output_tokens", sa.Integer(), nullable=False),
        sa.Column("cost_usd", sa.Float(), nullable=True),
        sa.Column("ms", sa.Float(), nullable=True),
        sa.Column("source", sa.String(20), nullable=False),
        sa.Column("created_at", TS, nullable=False),
    )
    op.create_index("ix_llm_calls_model", "llm_calls", ["model"])
    op.create_index("ix_llm_calls_qualification_id", "llm_calls", ["qualification_id"])
    op.create_table(
        "outcomes",
        sa.Column("lead_id", sa.String(200), sa.ForeignKey("leads.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("outcome", sa.String(20), nullable=False),
        sa.Column("at", TS, nullable=False),
        sa.Column("recorded_at", TS, nullable=False),
    )
    op.create_table(
        "reviews",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("lead_id", sa.String(200), sa.ForeignKey("leads.id", ondelete="CASCADE"), nullable=False),
        sa.Column("qualification_id", sa.Integer(),
                  sa.ForeignKey("qualifications.id", ondelete="CASCADE"), nullable=False),
        sa.Column("tier", sa.String(20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("reviewer", sa.String(200), nullable=True),
        sa.Column("decided_at", TS, nullable=False),
    )
    op.create_index("ix_reviews_lead_id", "reviews", ["lead_id"])
    op.create_index("ix_reviews_qualification_id", "reviews", ["qualification_id"])
    op.create_table(
        "deliveries",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("qualification_id", sa.Integer(),
                  sa.ForeignKey("qualifications.id", ondelete="CASCADE"), nullable=False),
        sa.Column("sink", sa.String(100), nullable=False),
        sa.Column("idempotency_key", sa.String(100), nullable=False, unique=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", TS, nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("external_ref", sa.String(500), nullable=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
    )
    op.create_index("ix_deliveries_status_next", "deliveries", ["status", "next_attempt_at"])
    op.create_index("ix_deliveries_qualification_id", "deliveries", ["qualification_id"])
    op.create_table(
        "api_keys",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("key_sha256", sa.String(64), nullable=False, unique=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("revoked_at", TS, nullable=True),
    )


def downgrade() -> None:
    """Drop every table (children first)."""
    for table in ("api_keys", "deliveries", "reviews", "outcomes", "llm_calls", "qualifications", "leads"):
        op.drop_table(table)
