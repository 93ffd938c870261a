"""Issue #21 part 3: what a counter did while the server was away, and what became of it.

On the counter's local copy: ``offline_journal`` (one row per journaled service call, written in
the same transaction as the call's change) and ``offline_local_ids`` (where the ids of rows
created offline come from, >= LOCAL_ID_FLOOR). On the server: ``offline_applied`` (an upload's
idempotency keys: a key is applied once), ``offline_review`` (every uploaded call, with the
server's refusal for a conflict, until a shift lead resolves it) and ``offline_audit`` (the
counter's local audit entries, copied verbatim with their signatures). The tables exist on both
engines (one schema); each side uses its own."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from posassist.db.tables.base import Base, BigId, JsonDoc, utcnow


class OfflineJournal(Base):
    __tablename__ = "offline_journal"
    seq: Mapped[int] = mapped_column(BigId, primary_key=True)  # upload order
    key: Mapped[str] = mapped_column(String(32), unique=True)  # idempotency key (uuid4 hex)
    call: Mapped[str] = mapped_column(String(64))  # "capability.method"
    payload: Mapped[dict[str, Any]] = mapped_column(JsonDoc)
    staff_id: Mapped[int | None] = mapped_column(BigInteger, default=None)
    counter: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)  # the recorded time the server replays at
    # [[table, local id], ...] of the rows the call created, in order (mapped to the server's on upload)
    new_ids: Mapped[dict[str, Any]] = mapped_column(JsonDoc, default=dict)
    audit_seq: Mapped[int | None] = mapped_column(Integer, default=None)  # the local audit head after the call
    audit_hash: Mapped[str | None] = mapped_column(String(64), default=None)
    state: Mapped[str] = mapped_column(String(16), default="pending")  # pending | sent | review
    sent_at: Mapped[datetime | None] = mapped_column(default=None)
    result: Mapped[dict[str, Any] | None] = mapped_column(JsonDoc, default=None)


class OfflineLocalIds(Base):
    __tablename__ = "offline_local_ids"
    name: Mapped[str] = mapped_column(String(16), primary_key=True)
    next_id: Mapped[int] = mapped_column(BigInteger)


class OfflineApplied(Base):
    __tablename__ = "offline_applied"
    key: Mapped[str] = mapped_column(String(32), primary_key=True)
    counter: Mapped[str] = mapped_column(String(100), default="")
    applied_at: Mapped[datetime] = mapped_column(default=utcnow)
    result: Mapped[dict[str, Any] | None] = mapped_column(JsonDoc, default=None)  # {"ok": bool, "ids": {...}}


class OfflineReview(Base):
    __tablename__ = "offline_review"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    key: Mapped[str] = mapped_column(String(32), unique=True)
    counter: Mapped[str] = mapped_column(String(100), default="")
    call: Mapped[str] = mapped_column(String(64))
    payload: Mapped[dict[str, Any]] = mapped_column(JsonDoc)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    recorded_at: Mapped[datetime] = mapped_column()  # when it was done at the counter
    problem: Mapped[str | None] = mapped_column(Text, default=None)  # the server's refusal (a conflict)
    local_outcome: Mapped[dict[str, Any] | None] = mapped_column(JsonDoc, default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    reviewed_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    reviewed_at: Mapped[datetime | None] = mapped_column(default=None)
    resolution: Mapped[str | None] = mapped_column(Text, default=None)


class OfflineAudit(Base):
    __tablename__ = "offline_audit"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    counter: Mapped[str] = mapped_column(String(100))
    seq: Mapped[int] = mapped_column(Integer)  # the entry's place in the counter's local chain
    at: Mapped[datetime] = mapped_column()
    actor_id: Mapped[int | None] = mapped_column(BigInteger, default=None)
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str | None] = mapped_column(String(64), default=None)
    payload: Mapped[dict[str, Any]] = mapped_column(JsonDoc)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    key_id: Mapped[str | None] = mapped_column(String(32), default=None)
    sig: Mapped[str | None] = mapped_column(String(100), default=None)
    merged_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (UniqueConstraint("counter", "seq"),)
