"""short GIN pending lists on PostgreSQL: every GIN index (the catalogue's words and terms, the
customers' name trigrams and name words) keeps at most 64 kB of not-yet-merged entries instead of
the server's default 4 MB, and the lists are merged now.

A GIN index with fastupdate collects new rows in a pending list that every search reads whole
until autovacuum or the next flush merges it. After 100,000 customers were written, finding
"Olivai Smtih" read 537 index pages (512 of them the pending list) and took 367 ms instead of 1 ms
(EXPLAIN ANALYZE); in a store the list grows with every new customer until autovacuum comes, which
at 100 k customers is after 21,000 inserts. At 64 kB a search reads at most 8 pending pages, and
bulk writes (imports, the demo) still merge in batches. SQLite: nothing (FTS5 has no such list).

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-02 20:30:00
"""

from __future__ import annotations

from alembic import op

revision = "0026"
down_revision = "0025"
branch_labels = None
depends_on = None

INDEXES = ("ix_variant_search_tsv", "ix_search_terms_trgm", "ix_customers_name_trgm", "ix_customers_name_words")
LIMIT_KB = 64  # the smallest the server allows


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name in INDEXES:
        op.execute(f"ALTER INDEX IF EXISTS {name} SET (gin_pending_list_limit = {LIMIT_KB})")
        op.execute(f"SELECT gin_clean_pending_list(to_regclass('{name}')) WHERE to_regclass('{name}') IS NOT NULL")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name in INDEXES:
        op.execute(f"ALTER INDEX IF EXISTS {name} RESET (gin_pending_list_limit)")
