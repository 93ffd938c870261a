"""Issue #21 part 1: ``replica_state`` (key/value, both engines). On a counter's local copy: how far
it is (the last server change applied, the snapshot's position); on the server: its identity and
how much of the change log was pruned. The server's change log itself (``replica_changes``, its
triggers) is PostgreSQL-only raw SQL in migration 0021; see posassist/db/replica/.

``replica_seals`` (0028, used on a counter's copy only): the server's latest audit entry sealing
each staff account and each role's limits, copied verbatim (content, hash, signature) by the
catch-up and countersigned there with the counter's own key, so the copy checks a sign-in's seal as the server does while it is
away (services/staff_seal.py): the copy holds no audit log of the server's."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from posassist.db.tables.base import Base, JsonDoc


class ReplicaState(Base):
    __tablename__ = "replica_state"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON
    updated_at: Mapped[datetime | None] = mapped_column(default=None)


class ReplicaSeal(Base):
    """One server audit entry (an account's or a role's latest seal), as the server wrote it."""

    __tablename__ = "replica_seals"
    entity: Mapped[str] = mapped_column(String(64), primary_key=True)  # "staff" | "role_limits"
    entity_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)  # the entry's place in the server's chain
    at: Mapped[datetime] = mapped_column()
    actor_id: Mapped[int | None] = mapped_column(BigInteger, default=None)
    action: Mapped[str] = mapped_column(String(64))
    payload: Mapped[dict[str, Any]] = mapped_column(JsonDoc)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    key_id: Mapped[str | None] = mapped_column(String(32), default=None)
    sig: Mapped[str | None] = mapped_column(String(100), default=None)
    # the counter's own signature of the seal as it came from the server (db/replica/seals.py)
    local_key_id: Mapped[str | None] = mapped_column(String(32), default=None)
    local_sig: Mapped[str | None] = mapped_column(String(100), default=None)
