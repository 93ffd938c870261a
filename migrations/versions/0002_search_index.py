"""search index: FTS5 on SQLite, tsvector + pg_trgm on PostgreSQL, and the term list for typos

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 03:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # every distinct indexed word, for typo-tolerant search ("jaket" -> "jacket")
    op.create_table(
        "search_terms",
        sa.Column("term", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("term", name=op.f("pk_search_terms")),
    )
    if op.get_bind().dialect.name == "sqlite":
        # rowid = variants.id; unicode61 folds case and accents (é = e); prefix indexes make
        # type-ahead on 1-3 letters fast.
        op.execute(
            "CREATE VIRTUAL TABLE variant_fts USING fts5("
            "title, brand, colour, size, sku, dept, "
            "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"
        )
    else:
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
        op.create_table(
            "variant_search",
            sa.Column("variant_id", sa.BigInteger(), nullable=False),
            sa.Column("title", sa.Text(), nullable=False),
            sa.Column("tsv", sa.dialects.postgresql.TSVECTOR(), nullable=False),
            sa.ForeignKeyConstraint(
                ["variant_id"], ["variants.id"], ondelete="CASCADE", name=op.f("fk_variant_search_variant_id_variants")
            ),
            sa.PrimaryKeyConstraint("variant_id", name=op.f("pk_variant_search")),
        )
        op.execute("CREATE INDEX ix_variant_search_tsv ON variant_search USING gin (tsv)")
        op.execute("CREATE INDEX ix_search_terms_trgm ON search_terms USING gin (term gin_trgm_ops)")
    # rebuild the index for whatever catalogue is already there
    from posassist.db import search_index

    search_index.rebuild(op.get_bind())


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS variant_fts")
    else:
        op.drop_table("variant_search")
    op.drop_table("search_terms")
