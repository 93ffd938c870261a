"""The counter's local copy of the store's PostgreSQL database (issue #21, part 1)."""

from posassist.db.replica.local_copy import FILE_NAME, LocalCopy
from posassist.db.replica.tables import REPLICATED

__all__ = ["FILE_NAME", "REPLICATED", "LocalCopy"]
