"""Issue #21 part 1: ``replica_state`` (key/value, both engines). On a counter's local copy: how far
it is (the last server change applied, the snapshot's position); on the server: its identity and
how much of the change log was pruned. The server's change log itself (``replica_changes``, its
triggers) is PostgreSQL-only raw SQL in migration 0021; see posassist/db/replica/."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from posassist.db.tables.base import Base


class ReplicaState(Base):
    __tablename__ = "replica_state"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON
    updated_at: Mapped[datetime | None] = mapped_column(default=None)
