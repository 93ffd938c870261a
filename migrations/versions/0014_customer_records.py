"""customer records: change history, consents with date and source, related customers, occasion
reminders, preferred language, merges that can be undone

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02 07:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
Json = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")
When = sa.DateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("customers") as batch_op:
        batch_op.add_column(sa.Column("preferred_language", sa.String(16), nullable=True))
    with op.batch_alter_table("customer_dates") as batch_op:
        batch_op.add_column(sa.Column("remind_days", sa.Integer(), nullable=False, server_default="7"))
    op.create_table(
        "customer_changes",
        sa.Column("id", BigId, primary_key=True),
        sa.Column("customer_id", BigId, nullable=False),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("changed_by", BigId, nullable=True),
        sa.Column("changed_at", When, nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_customer_changes_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["changed_by"], ["staff.id"], name=op.f("fk_customer_changes_changed_by_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_changes")),
    )
    op.create_index(op.f("ix_customer_changes_customer_id"), "customer_changes", ["customer_id"])
    op.create_table(
        "customer_consents",
        sa.Column("customer_id", BigId, nullable=False),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("granted", sa.Boolean(), nullable=False),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("at", When, nullable=False),
        sa.Column("recorded_by", BigId, nullable=True),
        sa.CheckConstraint("source IN ('counter', 'import', 'web')", name=op.f("ck_customer_consents_source")),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_customer_consents_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["recorded_by"], ["staff.id"], name=op.f("fk_customer_consents_recorded_by_staff")),
        sa.PrimaryKeyConstraint("customer_id", "channel", name=op.f("pk_customer_consents")),
    )
    op.create_table(
        "customer_links",
        sa.Column("id", BigId, primary_key=True),
        sa.Column("customer_id", BigId, nullable=False),
        sa.Column("related_id", BigId, nullable=False),
        sa.Column("relation", sa.String(32), nullable=False),
        sa.Column("created_by", BigId, nullable=True),
        sa.Column("created_at", When, nullable=False),
        sa.CheckConstraint("customer_id <> related_id", name=op.f("ck_customer_links_not_self")),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_customer_links_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["related_id"],
            ["customers.id"],
            name=op.f("fk_customer_links_related_id_customers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["created_by"], ["staff.id"], name=op.f("fk_customer_links_created_by_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_links")),
    )
    op.create_index(op.f("ix_customer_links_customer_id"), "customer_links", ["customer_id"])
    op.create_index(op.f("ix_customer_links_related_id"), "customer_links", ["related_id"])
    op.create_index("ix_customer_links_pair", "customer_links", ["customer_id", "related_id"], unique=True)
    op.create_table(
        "customer_merges",
        sa.Column("id", BigId, primary_key=True),
        sa.Column("kept_id", BigId, nullable=False),
        sa.Column("merged_id", BigId, nullable=False),
        sa.Column("moved", Json, nullable=False),
        sa.Column("merged_by", BigId, nullable=True),
        sa.Column("merged_at", When, nullable=False),
        sa.Column("undone_at", When, nullable=True),
        sa.Column("undone_by", BigId, nullable=True),
        sa.ForeignKeyConstraint(
            ["kept_id"], ["customers.id"], name=op.f("fk_customer_merges_kept_id_customers"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["merged_id"], ["customers.id"], name=op.f("fk_customer_merges_merged_id_customers"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["merged_by"], ["staff.id"], name=op.f("fk_customer_merges_merged_by_staff")),
        sa.ForeignKeyConstraint(["undone_by"], ["staff.id"], name=op.f("fk_customer_merges_undone_by_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_merges")),
    )
    op.create_index(op.f("ix_customer_merges_kept_id"), "customer_merges", ["kept_id"])
    op.create_index(op.f("ix_customer_merges_merged_id"), "customer_merges", ["merged_id"])


def downgrade() -> None:
    for table in ("customer_merges", "customer_links", "customer_consents", "customer_changes"):
        op.drop_table(table)
    with op.batch_alter_table("customer_dates") as batch_op:
        batch_op.drop_column("remind_days")
    with op.batch_alter_table("customers") as batch_op:
        batch_op.drop_column("preferred_language")
