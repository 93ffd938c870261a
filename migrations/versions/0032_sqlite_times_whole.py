"""SQLite: every stored time with its microseconds (issue #23)

UTCDateTime keeps a time on SQLite as naive UTC text with microseconds
(``2026-03-04 15:11:12.000000``). The sale and customer imports wrote their rows through sqlite3's
own adapter, which leaves the microseconds out when they are zero (``2026-03-04 15:11:12``): such
a text sorts before the same second written by the ORM, so a period or a return window starting
on that second missed the sale. The imports now write UTCDateTime's text (db/stored_time.py);
this migration completes the times already written. PostgreSQL keeps timestamptz: nothing to do.

Revision ID: 0032
Revises: 0031
Create Date: 2026-12-07 07:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0032"
down_revision = "0031"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    inspector = sa.inspect(bind)
    for table in inspector.get_table_names():
        if table == "alembic_version":
            continue
        for col in inspector.get_columns(table):
            if isinstance(col["type"], sa.DateTime):
                name = col["name"]
                # 'YYYY-MM-DD HH:MM:SS' is 19 characters; UTCDateTime's text has 26
                op.execute(
                    f'UPDATE "{table}" SET "{name}" = "{name}" || \'.000000\' '
                    f'WHERE typeof("{name}") = \'text\' AND length("{name}") = 19'
                )


def downgrade() -> None:
    pass  # the times with their microseconds are what the earlier code reads too
