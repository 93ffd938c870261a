"""follow-ups with a reminder time (snooze, dismiss) and a hand-over note; first-visit resolution
on interactions: the counter, the outcome the associate recorded at the end and the matter (the
first contact about the same thing) a later contact belongs to

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-02 07:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    with op.batch_alter_table("interactions") as b:
        b.add_column(sa.Column("counter", sa.String(100), nullable=True))
        b.add_column(sa.Column("resolution", sa.String(16), nullable=True))
        b.add_column(sa.Column("matter_id", BigId, nullable=True))
        b.create_foreign_key(
            b.f("fk_interactions_matter_id_interactions"), "interactions", ["matter_id"], ["id"], ondelete="SET NULL"
        )
        b.create_index(b.f("ix_interactions_matter_id"), ["matter_id"], unique=False)
        b.create_check_constraint(
            "resolution", "resolution IS NULL OR resolution IN ('solved', 'follow_up', 'not_helped')"
        )
    with op.batch_alter_table("follow_ups") as b:
        b.add_column(sa.Column("remind_at", sa.DateTime(timezone=True), nullable=True))
        b.add_column(sa.Column("handover_note", sa.Text(), nullable=True))
        b.add_column(sa.Column("handed_over_by", BigId, nullable=True))
        b.add_column(sa.Column("handed_over_at", sa.DateTime(timezone=True), nullable=True))
        b.create_foreign_key(b.f("fk_follow_ups_handed_over_by_staff"), "staff", ["handed_over_by"], ["id"])
        b.create_index("ix_follow_ups_owner_remind", ["owner_id", "remind_at"], unique=False)
    # an open follow-up already on file reminds its owner at its due time
    op.execute("UPDATE follow_ups SET remind_at = due_at WHERE status = 'open'")


def downgrade() -> None:
    with op.batch_alter_table("follow_ups") as b:
        b.drop_index("ix_follow_ups_owner_remind")
        b.drop_constraint(b.f("fk_follow_ups_handed_over_by_staff"), type_="foreignkey")
        b.drop_column("handed_over_at")
        b.drop_column("handed_over_by")
        b.drop_column("handover_note")
        b.drop_column("remind_at")
    with op.batch_alter_table("interactions") as b:
        b.drop_constraint("resolution", type_="check")
        b.drop_index(b.f("ix_interactions_matter_id"))
        b.drop_constraint(b.f("fk_interactions_matter_id_interactions"), type_="foreignkey")
        b.drop_column("matter_id")
        b.drop_column("resolution")
        b.drop_column("counter")
