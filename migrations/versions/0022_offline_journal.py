"""offline journal (issue #21 part 3): the counter's journal of calls made offline and its local
id counter; on the server the applied idempotency keys, the review queue and the merged local
audit entries (posassist/db/tables/offline.py says what each is for)

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-02 16:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
Json = sa.JSON().with_variant(sa.dialects.postgresql.JSONB(), "postgresql")
When = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "offline_journal",
        sa.Column("seq", BigId, primary_key=True),
        sa.Column("key", sa.String(32), nullable=False),
        sa.Column("call", sa.String(64), nullable=False),
        sa.Column("payload", Json, nullable=False),
        sa.Column("staff_id", sa.BigInteger(), nullable=True),
        sa.Column("counter", sa.String(100), nullable=False),
        sa.Column("created_at", When, nullable=False),
        sa.Column("new_ids", Json, nullable=False),
        sa.Column("audit_seq", sa.Integer(), nullable=True),
        sa.Column("audit_hash", sa.String(64), nullable=True),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("sent_at", When, nullable=True),
        sa.Column("result", Json, nullable=True),
        sa.PrimaryKeyConstraint("seq", name="pk_offline_journal"),
        sa.UniqueConstraint("key", name="uq_offline_journal_key"),
    )
    op.create_table(
        "offline_local_ids",
        sa.Column("name", sa.String(16), nullable=False),
        sa.Column("next_id", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("name", name="pk_offline_local_ids"),
    )
    op.create_table(
        "offline_applied",
        sa.Column("key", sa.String(32), nullable=False),
        sa.Column("counter", sa.String(100), nullable=False),
        sa.Column("applied_at", When, nullable=False),
        sa.Column("result", Json, nullable=True),
        sa.PrimaryKeyConstraint("key", name="pk_offline_applied"),
    )
    op.create_table(
        "offline_review",
        sa.Column("id", BigId, nullable=False),
        sa.Column("key", sa.String(32), nullable=False),
        sa.Column("counter", sa.String(100), nullable=False),
        sa.Column("call", sa.String(64), nullable=False),
        sa.Column("payload", Json, nullable=False),
        sa.Column("staff_id", BigId, sa.ForeignKey("staff.id", name="fk_offline_review_staff_id_staff"), nullable=True),
        sa.Column("recorded_at", When, nullable=False),
        sa.Column("problem", sa.Text(), nullable=True),
        sa.Column("local_outcome", Json, nullable=True),
        sa.Column("created_at", When, nullable=False),
        sa.Column(
            "reviewed_by", BigId, sa.ForeignKey("staff.id", name="fk_offline_review_reviewed_by_staff"), nullable=True
        ),
        sa.Column("reviewed_at", When, nullable=True),
        sa.Column("resolution", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_offline_review"),
        sa.UniqueConstraint("key", name="uq_offline_review_key"),
    )
    op.create_table(
        "offline_audit",
        sa.Column("id", BigId, nullable=False),
        sa.Column("counter", sa.String(100), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("at", When, nullable=False),
        sa.Column("actor_id", sa.BigInteger(), nullable=True),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("entity", sa.String(64), nullable=False),
        sa.Column("entity_id", sa.String(64), nullable=True),
        sa.Column("payload", Json, nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.Column("key_id", sa.String(32), nullable=True),
        sa.Column("sig", sa.String(100), nullable=True),
        sa.Column("merged_at", When, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_offline_audit"),
        sa.UniqueConstraint("counter", "seq", name="uq_offline_audit_counter_seq"),
    )
    if op.get_bind().dialect.name == "postgresql":  # merged entries are evidence: append-only, as audit_log
        op.execute(
            "CREATE FUNCTION offline_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN RAISE EXCEPTION 'offline_audit is append-only'; END $$"
        )
        op.execute(
            "CREATE TRIGGER offline_audit_no_change BEFORE UPDATE OR DELETE ON offline_audit "
            "FOR EACH ROW EXECUTE FUNCTION offline_audit_append_only()"
        )
    else:
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER offline_audit_no_{verb.lower()} BEFORE {verb} ON offline_audit "
                "BEGIN SELECT RAISE(ABORT, 'offline_audit is append-only'); END"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS offline_audit_no_change ON offline_audit")
        op.execute("DROP FUNCTION IF EXISTS offline_audit_append_only()")
    for name in ("offline_audit", "offline_review", "offline_applied", "offline_local_ids", "offline_journal"):
        op.drop_table(name)
