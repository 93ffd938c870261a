"""The audit log: append-only (triggers in the migration), hash-chained, IDs not personal data."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from posassist.db.tables.base import Base, BigId, JsonDoc, utcnow


class AuditEntry(Base):
    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    seq: Mapped[int] = mapped_column(unique=True)  # chain position, 1-based, no gaps
    at: Mapped[datetime] = mapped_column(default=utcnow)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    action: Mapped[str] = mapped_column(String(64), index=True)
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str | None] = mapped_column(String(64), default=None)
    payload: Mapped[dict[str, Any]] = mapped_column(JsonDoc)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    # Ed25519 signature of the hash by a counter's key the database does not hold (services/audit_keys)
    key_id: Mapped[str | None] = mapped_column(String(32), default=None)
    sig: Mapped[str | None] = mapped_column(String(100), default=None)

    __table_args__ = (Index("ix_audit_log_entity_entity_id", "entity", "entity_id"),)


class AuditKey(Base):
    """A counter's public signing key, added by an audited admin action (append-only)."""

    __tablename__ = "audit_keys"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    key_id: Mapped[str] = mapped_column(String(32), unique=True)
    public_key: Mapped[str] = mapped_column(String(64))  # raw Ed25519 public key, hex
    name: Mapped[str] = mapped_column(String(100))
    added_at: Mapped[datetime] = mapped_column(default=utcnow)
    added_seq: Mapped[int] = mapped_column(Integer)  # the audit entry that added it
