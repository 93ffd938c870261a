"""The counter's store read without SQLAlchemy for the window's quick start (posassist.app): the
sign-in window shows before the full composition root is built."""

from __future__ import annotations

from posassist.config import Settings
from posassist.services.dto import StoreInfo


def ready_store(settings: Settings) -> StoreInfo | None:
    """This counter's store read without SQLAlchemy, when its SQLite database is at the schema
    head and has the store; else None (the full start decides: migrate, set up, explain)."""
    if not settings.is_sqlite:
        return None  # PostgreSQL: the server or the counter's local copy, as the full start decides
    from posassist.db.lean import open_reader

    reader = open_reader(settings.database_url)
    if reader is None:
        return None
    try:
        cols = "id, code, name, currency, locale, units, timezone FROM stores WHERE active"
        if settings.store_code:
            rows = reader.rows(f"SELECT {cols} AND code = ?", (settings.store_code,))
        else:
            rows = reader.rows(f"SELECT {cols} ORDER BY id LIMIT 1")
    except Exception:  # an unexpected schema or file: the full start explains
        return None
    finally:
        reader.close()
    return StoreInfo(*rows[0]) if rows else None
