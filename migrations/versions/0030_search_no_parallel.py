"""PostgreSQL: no parallel workers on the search table (issue #22)

The type-ahead's ranked window is the first matches as the index hands them over (posassist/db/
search_postgres.py window_sql): unsorted, so the scan stops at the window's end instead of reading
every match of a common word from the table to sort them by id (1,700 pages for 'alpine' on
1 M variants). A parallel scan would hand them over in a different order each time, and the
pages after the window would not follow on; with no workers the order is the table's own.

Revision ID: 0030
Revises: 0029
Create Date: 2026-12-03 06:10:00
"""

from __future__ import annotations

from alembic import op

revision = "0030"
down_revision = "0029"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE variant_search SET (parallel_workers = 0)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE variant_search RESET (parallel_workers)")
