"""The whole schema. Import ``Base`` for its metadata; the modules register their tables."""

from posassist.db.tables import (  # noqa: F401
    audit,
    catalogue,
    customers,
    offline,
    ops,
    people,
    promises,
    receipts,
    replica,
    rollups,
    sales,
    tax,
)
from posassist.db.tables.base import Base

metadata = Base.metadata

__all__ = ["Base", "metadata"]
