"""search terms by their middle letters on SQLite: an index on substr(term, 2, 3), so a typo with
a wrong first letter ("kashmere") finds its candidates by one index probe instead of reading the
whole term list (a 1 M catalogue's term list is mostly SKU numbers: 150 ms a word before).
PostgreSQL finds the same through its trigram index on the terms (migration 0002): nothing there.

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-02 16:50:00
"""

from __future__ import annotations

from alembic import op

revision = "0025"
down_revision = "0024"
branch_labels = None
depends_on = None

# the same expression as posassist/db/search_sqlite.py vocabulary_near (the query must match it)
MIDDLE = "substr(term, 2, 3)"


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"CREATE INDEX IF NOT EXISTS ix_search_terms_middle ON search_terms ({MIDDLE})")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP INDEX IF EXISTS ix_search_terms_middle")
