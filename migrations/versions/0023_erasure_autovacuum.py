"""erasure on PostgreSQL: the tables that hold personal data are vacuumed by autovacuum after any
change (threshold 1 row, no scale factor), so the old row versions an erasure leaves in their
pages (and in their indexes' pages) are removed within autovacuum's nap time even when the
erasure ran as the counters' role, which may not VACUUM tables it does not own (the owner's
connection vacuums at once: posassist.db.session.Database.reclaim). SQLite zeroes freed pages
itself (secure_delete).

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-02 17:10:00
"""

from __future__ import annotations

from alembic import op

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None

# as posassist/services/erasure.py ERASURE_TABLES (a test checks they agree)
TABLES = (
    "approval_requests",
    "customer_alerts",
    "customer_changes",
    "customer_consents",
    "customer_dates",
    "customer_links",
    "customer_merges",
    "customer_sources",
    "customer_tags",
    "customers",
    "drafts",
    "follow_ups",
    "goodwill",
    "interaction_revisions",
    "interactions",
    "return_lines",
    "sale_lines",
    "sales",
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for t in TABLES:
            op.execute(f"ALTER TABLE {t} SET (autovacuum_vacuum_threshold = 1, autovacuum_vacuum_scale_factor = 0)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for t in TABLES:
            op.execute(f"ALTER TABLE {t} RESET (autovacuum_vacuum_threshold, autovacuum_vacuum_scale_factor)")
