"""customer search by e-mail and phone through indexes: lower(email) and the phone's last seven
digits (expression indexes, so every writer of customers is covered)

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02 05:55:00
"""

from __future__ import annotations

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

# the same expressions as posassist/db/customer_keys.py (the queries must match them exactly)
_SQLITE_TAIL = (
    "substr(replace(replace(replace(replace(replace(replace(replace(phone, '-', ''), ' ', ''), "
    "'+', ''), '(', ''), ')', ''), '.', ''), '/', ''), -7)"
)
_PG_TAIL = "right(regexp_replace(phone, '[^0-9]', '', 'g'), 7)"


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.execute("CREATE INDEX ix_customers_email_lower ON customers (lower(email))")
    op.execute(
        f"CREATE INDEX ix_customers_phone_tail ON customers (({_SQLITE_TAIL if dialect == 'sqlite' else _PG_TAIL}))"
    )


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_customers_phone_tail")
    op.execute("DROP INDEX IF EXISTS ix_customers_email_lower")
