"""customer name words on PostgreSQL: a GIN index on the name's words (array_ops, no extension),
so a typo is found as one index probe per candidate spelling of each word (services/customers.py
``_edit_rows``) instead of a ranked trigram scan; SQLite's FTS5 trigram table already answers fast

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-02 08:10:00
"""

from __future__ import annotations

from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None

# the same expression as posassist/services/customers.py NAME_WORDS_PG (the query must match it)
NAME_WORDS = "string_to_array(lower(coalesce(full_name, '') || ' ' || coalesce(preferred_name, '')), ' ')"


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"CREATE INDEX ix_customers_name_words ON customers USING gin (({NAME_WORDS}))")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_customers_name_words")
