"""PostgreSQL: two roles. The owner (who runs ``db upgrade``) owns every table, trigger and
function; the counters' role gets only the rows it works with: SELECT, INSERT, UPDATE and
DELETE on the store's tables, SELECT and INSERT alone on the audit log and its keys (no UPDATE,
DELETE or TRUNCATE), SELECT on the schema revision, and no DDL at all. Only a table's owner may
ALTER it (``DISABLE TRIGGER``), DROP it or create objects, so a counter's password is not enough
to switch the append-only triggers off or rewrite the log.
"""

from __future__ import annotations

import re

from sqlalchemy import Engine, text

from posassist.errors import InvalidInput
from posassist.i18n import tr

APPEND_ONLY = ("audit_log", "audit_keys")
READ_ONLY = ("alembic_version",)
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_$]{0,62}$")


def quote_role(role: str) -> str:
    if not _NAME.match(role):
        raise InvalidInput(tr("{role} is not a PostgreSQL role name (letters, digits and _).", role=role), field="role")
    return f'"{role}"'


def grant_counters(engine: Engine, role: str) -> list[str]:
    """Give ``role`` exactly what a counter needs, taking away anything more; returns the SQL run.
    Run by the owner, after every upgrade (new tables get their grants too)."""
    r = quote_role(role)
    with engine.connect() as c:
        tables = [
            row[0]
            for row in c.execute(
                text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename")
            )
        ]
        owner = c.execute(text("SELECT current_user")).scalar_one()
    if role == owner:
        raise InvalidInput(
            tr(
                "The counters' role {role} is the owner that runs db upgrade; give counters a role of their own (see the README).",
                role=role,
            ),
            field="role",
        )
    sql = [f"GRANT USAGE ON SCHEMA public TO {r}", f"REVOKE CREATE ON SCHEMA public FROM {r}"]
    for t in tables:
        q = f'"{t}"'
        sql.append(f"REVOKE ALL ON TABLE {q} FROM {r}")
        if t in APPEND_ONLY:
            sql.append(f"GRANT SELECT, INSERT ON TABLE {q} TO {r}")
        elif t in READ_ONLY:
            sql.append(f"GRANT SELECT ON TABLE {q} TO {r}")
        else:
            sql.append(f"GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE {q} TO {r}")
    sql.append(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {r}")
    with engine.begin() as c:
        for statement in sql:
            c.exec_driver_sql(statement)
    return sql


def role_of(url: str) -> str | None:
    from sqlalchemy.engine import make_url

    return make_url(url).username
