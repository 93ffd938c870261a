"""Store credit as a ledger: vouchers with a number (printed as a barcode), a balance and an
expiry where the store's policy sets one, and every movement (issue, redeem, expire) recorded
and audited in the same transaction.

A spend is one conditional UPDATE (``balance >= amount``): on PostgreSQL the second of two
counters spending the same voucher waits for the first's row lock and then finds the balance
gone; on SQLite ``BEGIN IMMEDIATE`` queues the writers. Either way one wins and the other is
told what is left."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from posassist import i18n
from posassist.db.retry import retrying
from posassist.db.session import Database
from posassist.db.tables.base import utcnow
from posassist.db.tables.ops import Goodwill
from posassist.db.tables.receipts import Voucher, VoucherMovement
from posassist.db.tables.sales import ReturnPolicy, Sale, Tender
from posassist.domain.permissions import Action
from posassist.domain.typed import tidy
from posassist.errors import Conflict, InvalidInput, NotFound
from posassist.i18n import tr
from posassist.services import audit, sessions
from posassist.services.dto import Clock, StaffSession
from posassist.services.voucher_expiry import Expired, expire_due

_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O, 1/I: read aloud and typed without doubt
PREFIX = "SC-"


@dataclass(frozen=True)
class Movement:
    kind: str
    amount_minor: int
    balance_after_minor: int
    at: datetime
    sale_receipt: str | None
    return_id: int | None
    counter: str


@dataclass(frozen=True)
class VoucherView:
    id: int
    number: str
    currency: str
    issued_minor: int
    balance_minor: int
    customer_id: int | None
    issued_at: datetime
    expires_at: datetime | None
    expired: bool
    return_id: int | None
    movements: tuple[Movement, ...] = ()


@dataclass(frozen=True)
class Redemption:
    voucher: str
    amount_minor: int
    balance_minor: int
    currency: str
    sale_receipt: str
    left_to_pay_minor: int


def new_number() -> str:
    code = "".join(secrets.choice(_ALPHABET) for _ in range(8))
    return f"{PREFIX}{code[:4]}-{code[4:]}"


def looks_like_voucher(text: str) -> bool:
    t = tidy(text).upper()
    return t.startswith(PREFIX) and len(t) == 12


def expiry_days(s: Session, now: datetime) -> int | None:
    """The policy in force says how long store credit lasts (``store_credit.expiry_days``); none: no expiry."""
    rules = s.execute(
        select(ReturnPolicy.rules)
        .where(ReturnPolicy.effective_from <= now)
        .order_by(ReturnPolicy.effective_from.desc())
        .limit(1)
    ).scalar_one_or_none()
    days = ((rules or {}).get("store_credit") or {}).get("expiry_days")
    return int(days) if days else None


def issue(
    s: Session,
    *,
    amount_minor: int,
    currency: str,
    store_id: int,
    staff_id: int | None,
    counter: str,
    now: datetime,
    customer_id: int | None = None,
    return_id: int | None = None,
    goodwill_id: int | None = None,
) -> Voucher:
    """A new voucher inside the caller's unit of work (a return's commit, a goodwill gesture)."""
    if amount_minor <= 0:
        raise InvalidInput(tr("Store credit must be more than zero."), field="amount")
    days = expiry_days(s, now)
    number = new_number()
    while s.execute(select(Voucher.id).where(Voucher.number == number)).first() is not None:
        number = new_number()
    v = Voucher(
        number=number,
        currency=currency,
        issued_minor=amount_minor,
        balance_minor=amount_minor,
        customer_id=customer_id,
        store_id=store_id,
        return_id=return_id,
        goodwill_id=goodwill_id,
        issued_by=staff_id,
        issued_at=now,
        expires_at=now + timedelta(days=days) if days else None,
    )
    s.add(v)
    s.flush()
    s.add(
        VoucherMovement(
            voucher_id=v.id,
            kind="issue",
            amount_minor=amount_minor,
            balance_after_minor=amount_minor,
            return_id=return_id,
            staff_id=staff_id,
            counter=counter,
            at=now,
        )
    )
    audit.record(
        s,
        actor_id=staff_id,
        action="voucher.issued",
        entity="voucher",
        entity_id=v.id,
        payload={"number": number, "amount_minor": amount_minor, "return_id": return_id, "goodwill_id": goodwill_id},
        where=counter or None,
    )
    return v


def _view(s: Session, v: Voucher, now: datetime, with_movements: bool = True) -> VoucherView:
    moves: tuple[Movement, ...] = ()
    if with_movements:
        rows = s.execute(
            select(VoucherMovement, Sale.receipt_no)
            .outerjoin(Sale, Sale.id == VoucherMovement.sale_id)
            .where(VoucherMovement.voucher_id == v.id)
            .order_by(VoucherMovement.id)
        ).all()
        moves = tuple(
            Movement(m.kind, m.amount_minor, m.balance_after_minor, m.at, receipt, m.return_id, m.counter)
            for m, receipt in rows
        )
    expired = v.expires_at is not None and v.expires_at <= now
    return VoucherView(
        v.id,
        v.number,
        v.currency,
        v.issued_minor,
        v.balance_minor,
        v.customer_id,
        v.issued_at,
        v.expires_at,
        expired,
        v.return_id,
        moves,
    )


def _find(s: Session, number: str) -> Voucher:
    code = tidy(number).upper()
    if not code:
        raise InvalidInput(tr("Scan or type the voucher number."), field="voucher")
    v = s.execute(select(Voucher).where(Voucher.number == code[:32])).scalar_one_or_none()
    if v is None:
        raise NotFound(tr("No store credit voucher has the number {code}; check it and scan again.", code=code[:32]))
    return v


class StoreCredit:
    def __init__(self, db: Database, clock: Clock = utcnow) -> None:
        self._db, self._clock = db, clock

    def look_up(self, number: str) -> VoucherView:
        """Balance look-up by scan or typed number (no sign-in needed: the slip says as much)."""
        with self._db.read() as s:
            return _view(s, _find(s, number), self._clock())

    def for_customer(self, customer_id: int) -> list[VoucherView]:
        with self._db.read() as s:
            rows = s.execute(select(Voucher).where(Voucher.customer_id == customer_id).order_by(Voucher.id)).scalars()
            return [_view(s, v, self._clock(), with_movements=False) for v in rows]

    def balance(self, customer_id: int) -> tuple[int, str | None]:
        """What the customer can spend today, over all their vouchers (0 and None when nothing)."""
        now = self._clock()
        with self._db.read() as s:
            row = s.execute(
                select(func.coalesce(func.sum(Voucher.balance_minor), 0), func.min(Voucher.currency)).where(
                    Voucher.customer_id == customer_id,
                    (Voucher.expires_at.is_(None)) | (Voucher.expires_at > now),
                )
            ).one()
            return int(row[0]), row[1]

    def left_to_pay(self, sale_receipt: str) -> tuple[int, str, str]:
        """(amount still to pay, currency, receipt number) of an exchange or order."""
        with self._db.read() as s:
            sale = s.execute(
                select(Sale).where(func.upper(Sale.receipt_no) == tidy(sale_receipt).upper())
            ).scalar_one_or_none()
            if sale is None:
                raise NotFound(tr("No exchange or order has the number {code}.", code=tidy(sale_receipt)[:64]))
            paid = s.execute(
                select(func.coalesce(func.sum(Tender.amount_minor), 0)).where(Tender.sale_id == sale.id)
            ).scalar_one()
            return max(0, sale.total_minor - int(paid)), sale.currency, sale.receipt_no

    @retrying
    def redeem(self, session: StaffSession, number: str, sale_receipt: str, amount_minor: int) -> Redemption:
        """Pay ``amount_minor`` of an exchange or order (``sale_receipt``) with the voucher."""
        now = self._clock()
        with self._db.transaction() as s:
            who = sessions.verify(s, session, Action.STORE_CREDIT_REDEEM)
            v = _find(s, number)
            sale = s.execute(
                select(Sale).where(func.upper(Sale.receipt_no) == tidy(sale_receipt).upper()).with_for_update()
            ).scalar_one_or_none()
            if sale is None:
                raise NotFound(tr("No exchange or order has the number {code}.", code=tidy(sale_receipt)[:64]))
            if not isinstance(amount_minor, int) or amount_minor <= 0:
                raise InvalidInput(tr("Type the amount to pay with store credit (more than zero)."), field="amount")
            if v.currency != sale.currency:
                raise InvalidInput(
                    tr(
                        "Voucher {number} is in {voucher}, the sale in {sale}: it cannot pay for it.",
                        number=v.number,
                        voucher=v.currency,
                        sale=sale.currency,
                    ),
                    field="voucher",
                )
            if v.expires_at is not None and v.expires_at <= now:
                raise InvalidInput(
                    tr("Voucher {number} expired on {day}.", number=v.number, day=i18n.day(v.expires_at)),
                    field="voucher",
                )
            paid = s.execute(
                select(func.coalesce(func.sum(Tender.amount_minor), 0)).where(Tender.sale_id == sale.id)
            ).scalar_one()
            left = sale.total_minor - int(paid)
            if amount_minor > left:
                raise InvalidInput(
                    tr(
                        "{receipt} has {left} left to pay; store credit cannot pay more than that.",
                        receipt=sale.receipt_no,
                        left=i18n.money(max(left, 0), sale.currency),
                    ),
                    field="amount",
                )
            spent = s.execute(
                update(Voucher)
                .where(Voucher.id == v.id, Voucher.balance_minor >= amount_minor)
                .values(balance_minor=Voucher.balance_minor - amount_minor)
                .returning(Voucher.balance_minor)
                .execution_options(synchronize_session=False)
            ).scalar_one_or_none()
            if spent is None:
                balance = s.execute(select(Voucher.balance_minor).where(Voucher.id == v.id)).scalar_one()
                raise Conflict(
                    tr(
                        "Voucher {number} has only {balance} left (it may just have been used at another counter).",
                        number=v.number,
                        balance=i18n.money(balance, v.currency),
                    )
                )
            balance = int(spent)
            s.add(
                VoucherMovement(
                    voucher_id=v.id,
                    kind="redeem",
                    amount_minor=-amount_minor,
                    balance_after_minor=balance,
                    sale_id=sale.id,
                    staff_id=who.staff_id,
                    counter=who.counter,
                    at=now,
                )
            )
            s.add(Tender(sale_id=sale.id, kind="store_credit", amount_minor=amount_minor, reference=v.number))
            audit.record(
                s,
                actor_id=who.staff_id,
                action="voucher.redeemed",
                entity="voucher",
                entity_id=v.id,
                payload={"number": v.number, "amount_minor": amount_minor, "sale_id": sale.id, "balance": balance},
                where=who.counter,
            )
            return Redemption(v.number, amount_minor, balance, v.currency, sale.receipt_no, left - amount_minor)

    @retrying
    def issue_for_goodwill(self, session: StaffSession, goodwill_id: int) -> VoucherView:
        """Store credit for an approved goodwill gesture, worth its cost (once per gesture)."""
        now = self._clock()
        with self._db.transaction() as s:
            who = sessions.verify(s, session, Action.STORE_CREDIT_ISSUE)
            g = s.get(Goodwill, goodwill_id)
            if g is None:
                raise NotFound(tr("That goodwill gesture is not on file."))
            if g.approved_by is None:
                raise InvalidInput(tr("Store credit for a gesture needs the gesture approved first."))
            if g.cost_minor <= 0:
                raise InvalidInput(tr("The gesture has no cost to give as store credit."))
            if s.execute(select(Voucher.id).where(Voucher.goodwill_id == g.id)).first() is not None:
                raise Conflict(tr("This gesture's store credit was already issued."))
            v = issue(
                s,
                amount_minor=g.cost_minor,
                currency=g.currency,
                store_id=g.store_id,
                staff_id=who.staff_id,
                counter=who.counter,
                now=now,
                customer_id=g.customer_id,
                goodwill_id=g.id,
            )
            return _view(s, v, now)

    @retrying
    def expire(self, session: StaffSession) -> list[Expired]:
        """Move the balance of every voucher past its expiry out, as an 'expire' movement (audited)."""
        now = self._clock()
        with self._db.transaction() as s:
            who = sessions.verify(s, session, Action.STORE_CREDIT_ISSUE)
            return expire_due(s, who, now)

    def expire_due(self, session: StaffSession) -> int:
        """How many vouchers :meth:`expire` moved out."""
        return len(self.expire(session))
