"""The whole schema. Import ``Base`` for its metadata; the modules register their tables."""

from posassist.db.tables import audit, catalogue, customers, offline, ops, people, promises, receipts, sales, tax  # noqa: F401
from posassist.db.tables.base import Base

metadata = Base.metadata

__all__ = ["Base", "metadata"]
