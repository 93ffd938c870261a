"""Store credit past its expiry: each voucher's balance moves out as an 'expire' movement, audited,
in one unit of work. Run at a counter's sign-in (the window) and by ``posassist voucher expire``
(a scheduled job). Two counters expiring at once move each balance out once: the vouchers are
locked (PostgreSQL re-reads a locked row's balance and skips it when it is already 0; SQLite
queues the writers)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from posassist.db.tables.receipts import Voucher, VoucherMovement
from posassist.services import audit
from posassist.services.sessions import Actor


@dataclass(frozen=True)
class Expired:
    """A voucher whose balance expired: how much was left on it and since when it was due."""

    number: str
    amount_minor: int
    currency: str
    expires_at: datetime
    customer_id: int | None


def expire_due(s: Session, who: Actor, now: datetime) -> list[Expired]:
    """Move out the balance of every voucher whose expiry is at or before ``now`` (oldest first)."""
    due = (
        s.execute(
            select(Voucher)
            .where(Voucher.expires_at.is_not(None), Voucher.expires_at <= now, Voucher.balance_minor > 0)
            .order_by(Voucher.expires_at, Voucher.id)
            .with_for_update()
        )
        .scalars()
        .all()
    )
    out: list[Expired] = []
    for v in due:
        amount = v.balance_minor
        if amount <= 0:  # spent by another counter while this one waited for the lock
            continue
        assert v.expires_at is not None
        v.balance_minor = 0
        s.add(
            VoucherMovement(
                voucher_id=v.id,
                kind="expire",
                amount_minor=-amount,
                balance_after_minor=0,
                staff_id=who.id,
                counter=who.counter,
                at=now,
            )
        )
        audit.record(
            s,
            actor_id=who.id,
            action="voucher.expired",
            entity="voucher",
            entity_id=v.id,
            payload={
                "number": v.number,
                "amount_minor": amount,
                "currency": v.currency,
                "expires_at": v.expires_at.isoformat(),
            },
            where=who.counter,
        )
        out.append(Expired(v.number, amount, v.currency, v.expires_at, v.customer_id))
    return out
