"""Alembic environment: driven by posassist.db.migrate (or pytest-alembic), which pass the
connection (or an engine) in ``config.attributes["connection"]``."""

from __future__ import annotations

import warnings

from alembic import context
from sqlalchemy import Connection, Engine
from sqlalchemy.exc import SAWarning

from posassist.db.tables import metadata

config = context.config
connectable = config.attributes.get("connection")
if connectable is None:
    raise RuntimeError("run migrations through 'posassist db upgrade', not the alembic command")


# engine-specific search structures (FTS5 virtual tables, tsvector table) are made by raw SQL
# in their migration and are not part of the shared models
ENGINE_SPECIFIC = (
    "variant_fts",
    "variant_search",
    "ix_variant_search",
    "ix_search_terms_trgm",
    "customer_fts",
    "ix_customers_name_trgm",
    "ix_customers_email_lower",  # expression indexes (0013): the queries in db/customer_keys.py match them
    "ix_customers_phone_tail",
    "ix_customers_name_words",  # PostgreSQL only (0020): the name's words for typo look-ups
    "replica_changes",  # PostgreSQL only (0021): the change log the counters' local copies follow
)
# SQLite's reflection cannot read expression indexes; they are the engine-specific ones above
warnings.filterwarnings(
    "ignore", message="Skipped unsupported reflection of expression-based index", category=SAWarning
)


def _include_name(name, type_, parent_names) -> bool:  # type: ignore[no-untyped-def]
    return not (type_ in ("table", "index") and name and name.startswith(ENGINE_SPECIFIC))


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        include_name=_include_name,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if isinstance(connectable, Engine):
    with connectable.connect() as conn:
        _run(conn)
        conn.commit()
else:
    _run(connectable)
