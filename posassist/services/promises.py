"""Keeping the promise: which stores can get an item to the customer by the day they need it
(here today, another store after the transfer, or by carrier), what else could (picking it up at
another store today, another colour or size), the promise recorded with the follow-up on the day
before that checks it was kept, and the promises at risk for the shift lead.

The dates are ``domain.delivery``'s rules on each store's set-up (carrier days, closing days)
and the transfer times between stores (``store_distances``)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from posassist import i18n
from posassist.db.retry import retrying
from posassist.db.session import Database
from posassist.db.tables.base import utcnow
from posassist.db.tables.catalogue import Product, Stock, Variant
from posassist.db.tables.customers import Customer, FollowUp
from posassist.db.tables.people import Store, StoreDistance
from posassist.db.tables.promises import Hold, Promise
from posassist.db.tables.sales import Sale
from posassist.domain import delivery
from posassist.domain.permissions import Action
from posassist.errors import NotFound
from posassist.i18n import tr
from posassist.services import audit, followups, sessions
from posassist.services.dto import StaffSession
from posassist.services.returns_dto import ShipOption

CHECK_AT = time(10, 0)  # the follow-up on the day before is due in the morning, store time
HOW = ("here", "transfer", "pickup_there", "ship")


@dataclass(frozen=True)
class StoreFacts:
    id: int
    code: str
    name: str
    timezone: str
    calendar: delivery.Calendar
    carrier_days: int
    hold_days: int


@dataclass(frozen=True)
class Source:
    """One store's stock and when it can be with the customer."""

    store_id: int
    store_code: str
    store_name: str
    how: str  # here / transfer / pickup_there / ship
    ready_on: date
    on_hand: int | None
    held: int
    free: int
    km: int | None  # from this store; None for here
    transit_days: int | None
    transit_hours: int | None
    in_time: bool


@dataclass(frozen=True)
class Alternative:
    """What could work when nothing arrives in time: another store today, or another variant."""

    how: str  # pickup_there / ship / transfer / here
    store_id: int
    store_code: str
    store_name: str
    ready_on: date
    km: int | None
    variant_id: int
    description: str


@dataclass(frozen=True)
class Choices:
    variant_id: int
    description: str
    quantity: int
    needed_by: date | None
    today: date
    sources: tuple[Source, ...]  # every store with enough free stock, nearest first (here first)
    alternatives: tuple[Alternative, ...] = ()

    @property
    def in_time(self) -> tuple[Source, ...]:
        return tuple(src for src in self.sources if src.in_time)

    def message(self) -> str | None:
        """Plain words when no source can make it, with what can; None when one can."""
        if self.in_time or self.needed_by is None:
            return None
        day = i18n.day(self.needed_by, "EEEE d MMMM")
        if not self.sources:
            head = tr("No store has {item} free to send.", item=self.description)
        else:
            first = min(self.sources, key=lambda src: src.ready_on)
            head = tr(
                "No store can get {item} to the customer by {day}: the soonest is {store} on {soonest}.",
                item=self.description,
                day=day,
                store=first.store_name,
                soonest=i18n.day(first.ready_on, "EEEE d MMMM"),
            )
        return " ".join([head, *(alternative_text(a) for a in self.alternatives)])


def alternative_text(a: Alternative) -> str:
    day = i18n.day(a.ready_on, "EEEE d MMMM")
    if a.how == "pickup_there":
        return tr(
            "The customer can pick it up at {store} ({km} km) today.",
            store=a.store_name,
            km="?" if a.km is None else a.km,
        )
    return tr("{item} can arrive by {day} (from {store}).", item=a.description, day=day, store=a.store_name)


def describe(title: str, colour: str | None, size: str | None) -> str:
    return " — ".join(x for x in (title, ", ".join(y for y in (colour, size) if y)) if x)


def store_facts(s: Session) -> dict[int, StoreFacts]:
    out = {}
    for st in s.execute(select(Store).where(Store.active.is_(True))).scalars():
        try:
            cal = delivery.calendar(st.closed_weekdays or "", st.closed_dates or "")
        except delivery.CalendarError:
            cal = delivery.Calendar()  # the set-up checks these; an older row is read as always open
        out[st.id] = StoreFacts(st.id, st.code, st.name, st.timezone, cal, st.carrier_days or 0, st.hold_days or 7)
    return out


def local_now(now: datetime, tz: str) -> datetime:
    return now.astimezone(ZoneInfo(tz))


def _free(on_hand: int | None, reserved: int | None) -> int:
    return 0 if on_hand is None else max(0, on_hand - (reserved or 0))


def _links(s: Session, here_id: int) -> dict[int, tuple[int, int, int | None]]:
    """(km, transit days, transit hours) from each store to ``here``."""
    return {
        a: (km, days, hours)
        for a, km, days, hours in s.execute(
            select(
                StoreDistance.from_store_id, StoreDistance.km, StoreDistance.transit_days, StoreDistance.transit_hours
            ).where(StoreDistance.to_store_id == here_id)
        ).all()
    }


def sources_in(
    s: Session,
    variant_id: int,
    here_id: int,
    now: datetime,
    *,
    mode: str,
    quantity: int = 1,
    needed_by: date | None = None,
    facts: dict[int, StoreFacts] | None = None,
) -> tuple[Source, ...]:
    """Stores with ``quantity`` free of the variant: for ``mode`` "hold" ready here (today from
    here, after the transfer from another store); for "ship" at the customer's door by carrier."""
    facts = facts if facts is not None else store_facts(s)
    here = facts.get(here_id)
    if here is None:
        raise NotFound(tr("This counter's store is not on file; check --store."))
    links = _links(s, here_id)
    local = local_now(now, here.timezone)
    today = local.date()
    rows = s.execute(select(Stock.store_id, Stock.on_hand, Stock.reserved).where(Stock.variant_id == variant_id)).all()
    out = []
    for sid, on_hand, reserved in rows:
        st = facts.get(sid)
        if st is None or _free(on_hand, reserved) < quantity:
            continue
        km, tdays, thours = links.get(sid, (None, 3, None)) if sid != here_id else (None, None, None)
        if mode == "ship":
            how, ready = "ship", delivery.ship_arrival(local_now(now, st.timezone).date(), st.calendar, st.carrier_days)
        elif sid == here_id:
            how, ready = "here", delivery.ready_here(today, here.calendar)
        else:
            how = "transfer"
            ready = delivery.transfer_ready(local, tdays or 0, thours, st.calendar, here.calendar)
        out.append(
            Source(
                sid,
                st.code,
                st.name,
                how,
                ready,
                on_hand,
                reserved or 0,
                _free(on_hand, reserved),
                km,
                tdays,
                thours,
                delivery.in_time(ready, needed_by),
            )
        )
    return tuple(
        sorted(out, key=lambda src: (src.store_id != here_id, src.km if src.km is not None else 10**9, src.store_code))
    )


def _variant(s: Session, variant_id: int) -> tuple[int, str]:
    row = s.execute(
        select(Variant.product_id, Product.title, Variant.colour, Variant.size)
        .join(Product, Product.id == Variant.product_id)
        .where(Variant.id == variant_id)
    ).first()
    if row is None:
        raise NotFound(tr("That item is not in the catalogue."))
    return int(row[0]), describe(row[1], row[2], row[3])


def alternatives(
    s: Session,
    variant_id: int,
    here_id: int,
    now: datetime,
    *,
    mode: str,
    quantity: int,
    needed_by: date,
    facts: dict[int, StoreFacts],
) -> tuple[Alternative, ...]:
    """Nothing arrives in time: the stores where the customer could pick it up today (nearest
    first), and the other colours and sizes of the same item that do arrive in time."""
    product_id, desc = _variant(s, variant_id)
    out: list[Alternative] = []
    today = local_now(now, facts[here_id].timezone).date()
    for src in sources_in(s, variant_id, here_id, now, mode="hold", quantity=quantity, facts=facts):
        if src.store_id != here_id and facts[src.store_id].calendar.is_open(today):
            out.append(
                Alternative(
                    "pickup_there", src.store_id, src.store_code, src.store_name, today, src.km, variant_id, desc
                )
            )
    others = s.execute(
        select(Variant.id, Product.title, Variant.colour, Variant.size)
        .join(Product, Product.id == Variant.product_id)
        .where(Variant.product_id == product_id, Variant.id != variant_id, Variant.active.is_(True))
        .order_by(Variant.position, Variant.id)
    ).all()
    for vid, title, colour, size in others:
        fits = [
            src
            for src in sources_in(s, vid, here_id, now, mode=mode, quantity=quantity, needed_by=needed_by, facts=facts)
            if src.in_time
        ]
        if fits:
            best = min(fits, key=lambda src: (src.ready_on, src.store_id != here_id))
            out.append(
                Alternative(
                    best.how,
                    best.store_id,
                    best.store_code,
                    best.store_name,
                    best.ready_on,
                    best.km,
                    vid,
                    describe(title, colour, size),
                )
            )
        if len(out) >= 6:
            break
    return tuple(out)


def choices_in(
    s: Session,
    variant_id: int,
    here_id: int,
    now: datetime,
    *,
    mode: str,
    quantity: int = 1,
    needed_by: date | None = None,
) -> Choices:
    facts = store_facts(s)
    _, desc = _variant(s, variant_id)
    srcs = sources_in(s, variant_id, here_id, now, mode=mode, quantity=quantity, needed_by=needed_by, facts=facts)
    alts: tuple[Alternative, ...] = ()
    if needed_by is not None and not any(src.in_time for src in srcs):
        alts = alternatives(s, variant_id, here_id, now, mode=mode, quantity=quantity, needed_by=needed_by, facts=facts)
    today = local_now(now, facts[here_id].timezone).date()
    return Choices(variant_id, desc, quantity, needed_by, today, srcs, alts)


def choices(
    db: Database,
    variant_id: int,
    here_id: int,
    *,
    mode: str = "hold",
    quantity: int = 1,
    needed_by: date | None = None,
    now: datetime | None = None,
) -> Choices:
    """Where the item can come from, and by when (read only)."""
    with db.read() as s:
        return choices_in(s, variant_id, here_id, now or utcnow(), mode=mode, quantity=quantity, needed_by=needed_by)


# -- the promise --------------------------------------------------------------------------------


def record(
    s: Session,
    *,
    store_id: int,
    customer_id: int | None,
    kind: str,
    variant_id: int | None,
    quantity: int,
    source_store_id: int,
    needed_by: date,
    promised_on: date,
    text: str,
    made_by: int | None,
    now: datetime,
    hold_id: int | None = None,
    return_id: int | None = None,
    sale_id: int | None = None,
) -> Promise:
    """The promise, in the caller's unit of work (the hold, the return); audited."""
    p = Promise(
        store_id=store_id,
        customer_id=customer_id,
        kind=kind,
        variant_id=variant_id,
        quantity=quantity,
        source_store_id=source_store_id,
        hold_id=hold_id,
        return_id=return_id,
        sale_id=sale_id,
        needed_by=needed_by,
        promised_on=promised_on,
        text=text,
        made_by=made_by,
        made_at=now,
    )
    s.add(p)
    s.flush()
    audit.record(
        s,
        actor_id=made_by,
        action="promise.made",
        entity="promise",
        entity_id=p.id,
        payload={
            "kind": kind,
            "needed_by": needed_by.isoformat(),
            "promised_on": promised_on.isoformat(),
            "source_store_id": source_store_id,
            "hold_id": hold_id,
            "return_id": return_id,
        },
    )
    return p


def check_due(s: Session, store_id: int, needed_by: date, now: datetime) -> datetime:
    """When the follow-up that checks the promise is due: the (open) day before, in the morning."""
    st = s.get(Store, store_id)
    if st is None:
        raise NotFound(tr("This counter's store is not on file; check --store."))
    facts = store_facts(s).get(store_id)
    cal = facts.calendar if facts else delivery.Calendar()
    tz = ZoneInfo(st.timezone)
    today = now.astimezone(tz).date()
    day = delivery.check_day(needed_by, today, cal)
    due = datetime.combine(day, CHECK_AT, tzinfo=tz)
    return max(due, now.astimezone(tz)) if day == today else due


def check_text(p: Promise, customer: str | None, source: str) -> str:
    return tr(
        "Check the promise to {customer}: {what} by {day} (from {store}). Call them if it will not make it.",
        customer=customer or tr("the customer"),
        what=p.text,
        day=i18n.day(p.needed_by, "EEEE d MMMM"),
        store=source,
    )


def schedule_checks(
    db: Database, staff: StaffSession, promise_ids: Iterable[int], now: datetime | None = None
) -> list[int]:
    """The follow-up on the day before each promise (through the follow-ups service), linked to
    the promise (and its hold). Returns the follow-up ids."""
    now = now or utcnow()
    made = []
    for pid in promise_ids:
        with db.read() as s:
            p = s.get(Promise, pid)
            if p is None or p.follow_up_id is not None:
                continue
            cust = s.get(Customer, p.customer_id) if p.customer_id else None
            src = s.get(Store, p.source_store_id)
            text = check_text(p, cust.preferred_name or cust.full_name if cust else None, src.name if src else "?")
            due = check_due(s, p.store_id, p.needed_by, now)
            customer_id, owner = p.customer_id, p.made_by
        f = followups.create(db, customer_id=customer_id, owner_id=owner or staff.id, text=text, due_at=due, by=staff)
        _link(db, pid, f.id)
        made.append(f.id)
    return made


@retrying
def _link(db: Database, promise_id: int, follow_up_id: int) -> None:
    with db.transaction() as s:
        p = s.get(Promise, promise_id)
        if p is None:
            return
        p.follow_up_id = follow_up_id
        if p.hold_id is not None:
            h = s.get(Hold, p.hold_id)
            if h is not None and h.follow_up_id is None:
                h.follow_up_id = follow_up_id


def settle_in(s: Session, promise: Promise, status: str, actor_id: int | None, why: str) -> None:
    """Kept (collected, shipped in time), broken or cancelled; its open check-up is done."""
    if promise.status != "open":
        return
    promise.status = status
    if promise.follow_up_id is not None:
        f = s.get(FollowUp, promise.follow_up_id)
        if f is not None and f.status == "open" and status != "broken":
            f.status, f.done_at = "done", utcnow()
    audit.record(
        s, actor_id=actor_id, action=f"promise.{status}", entity="promise", entity_id=promise.id, payload={"why": why}
    )


@retrying
def settle(db: Database, staff: StaffSession, promise_id: int, kept: bool) -> None:
    with db.transaction() as s:
        who = sessions.verify(s, staff, Action.FOLLOW_UP_WRITE)
        p = s.get(Promise, promise_id)
        if p is None:
            raise NotFound(tr("That promise is not on file."))
        settle_in(s, p, "kept" if kept else "broken", who.staff_id, "checked")


# -- at risk ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PromiseAtRisk:
    id: int
    customer_id: int | None
    customer_name: str | None
    text: str
    needed_by: date
    promised_on: date
    source: str
    reason: str  # late / source_gone / short / overdue / past
    follow_up_due: datetime | None

    def why(self) -> str:
        return {
            "late": tr("it would no longer arrive in time"),
            "source_gone": tr("its hold was released or expired"),
            "short": tr("the store holding it is short of stock"),
            "overdue": tr("the check-up is overdue"),
            "past": tr("the day has passed and it is still open"),
            "no_check": tr("nobody is following it up"),
        }.get(self.reason, self.reason)


def _risk(s: Session, p: Promise, facts: dict[int, StoreFacts], now: datetime) -> str | None:
    tz = facts[p.store_id].timezone if p.store_id in facts else "UTC"
    today = local_now(now, tz).date()
    if today > p.needed_by:
        return "past"
    if p.kind == "hold" and p.hold_id is not None:
        h = s.get(Hold, p.hold_id)
        if h is None or h.status in ("released", "expired"):
            return "source_gone"
        st = s.get(Stock, (h.variant_id, h.from_store_id))
        if h.status == "open" and (st is None or st.on_hand is None or st.on_hand < (st.reserved or 0)):
            return "short"
    elif p.kind == "ship":
        sale = s.get(Sale, p.sale_id) if p.sale_id else None
        if sale is None or sale.status == "cancelled":
            return "source_gone"
        src = facts.get(p.source_store_id)
        if sale.status == "to_ship" and src is not None:
            if delivery.ship_arrival(local_now(now, src.timezone).date(), src.calendar, src.carrier_days) > p.needed_by:
                return "late"
    if p.follow_up_id is None:
        return "no_check"
    f = s.get(FollowUp, p.follow_up_id)
    if f is not None and f.status == "open" and f.due_at < now:
        return "overdue"
    return None


def promises_at_risk(db: Database, store_id: int, now: datetime | None = None) -> list[PromiseAtRisk]:
    """Open promises made at the store whose source no longer arrives in time, whose hold is gone
    or short, or whose check-up is overdue: soonest needed first."""
    now = now or utcnow()
    with db.read() as s:
        facts = store_facts(s)
        rows = s.execute(
            select(Promise, Customer.preferred_name, Customer.full_name, Store.name, FollowUp.due_at)
            .outerjoin(Customer, Customer.id == Promise.customer_id)
            .join(Store, Store.id == Promise.source_store_id)
            .outerjoin(FollowUp, FollowUp.id == Promise.follow_up_id)
            .where(Promise.store_id == store_id, Promise.status == "open")
            .order_by(Promise.needed_by, Promise.id)
        ).all()
        out = []
        for p, pref, full, source, due in rows:
            reason = _risk(s, p, facts, now)
            if reason is not None:
                out.append(
                    PromiseAtRisk(
                        p.id, p.customer_id, pref or full, p.text, p.needed_by, p.promised_on, source, reason, due
                    )
                )
        return out


def for_customer(db: Database, customer_id: int) -> list[dict[str, Any]]:
    with db.read() as s:
        rows = s.execute(
            select(Promise).where(Promise.customer_id == customer_id).order_by(Promise.needed_by.desc())
        ).scalars()
        return [
            {
                "id": p.id,
                "kind": p.kind,
                "text": p.text,
                "needed_by": p.needed_by,
                "promised_on": p.promised_on,
                "status": p.status,
                "follow_up_id": p.follow_up_id,
            }
            for p in rows
        ]


class Promises:
    def __init__(self, db: Database, clock: Any = utcnow) -> None:
        self._db, self._clock = db, clock

    def choices(self, variant_id: int, here_id: int, **kw: Any) -> Choices:
        return choices(self._db, variant_id, here_id, now=self._clock(), **kw)

    def at_risk(self, store_id: int) -> list[PromiseAtRisk]:
        return promises_at_risk(self._db, store_id, self._clock())

    def settle(self, session: StaffSession, promise_id: int, kept: bool) -> None:
        settle(self._db, session, promise_id, kept)


# -- the return wizard's "ship it" ---------------------------------------------------------------


def ship_options(
    s: Session, variant_id: int, here_id: int, today: date, quantity: int = 1, needed_by: date | None = None
) -> tuple[ShipOption, ...]:
    """By carrier from each store with it free, soonest first, each marked in time or not."""
    now = datetime.combine(today, time(12, 0), tzinfo=ZoneInfo("UTC"))
    srcs = sources_in(s, variant_id, here_id, now, mode="ship", quantity=quantity, needed_by=needed_by)
    opts = [ShipOption(x.store_id, x.store_code, x.store_name, x.on_hand, x.ready_on, x.in_time) for x in srcs]
    return tuple(sorted(opts, key=lambda o: (o.arrive_by, o.store_id != here_id, o.store_code)))


def ship_problem(
    s: Session,
    variant_id: int,
    here_id: int,
    today: date,
    line: Any,
    opts: tuple[ShipOption, ...],
    needed_by: date,
) -> str | None:
    """Why a shipped exchange cannot keep the customer's date, in plain words with what can;
    None when the chosen store (or the soonest, none chosen) arrives in time."""
    chosen = next((o for o in opts if o.store_id == line.ship_from_store_id), opts[0] if opts else None)
    if chosen is not None and chosen.in_time:
        return None
    if any(o.in_time for o in opts) and chosen is not None:
        return tr(
            "{store} cannot get it to the customer by {day}; choose a store that can.",
            store=chosen.store_name,
            day=i18n.day(needed_by, "EEEE d MMMM"),
        )
    now = datetime.combine(today, time(12, 0), tzinfo=ZoneInfo("UTC"))
    choice = choices_in(s, variant_id, here_id, now, mode="ship", quantity=line.quantity, needed_by=needed_by)
    return choice.message()


def record_exchange(
    s: Session, ret: Any, draft: Any, replacements: dict[int, Any], actor_id: int, now: datetime
) -> list[int]:
    """A shipped exchange with a needed-by date: the promise, in the return's unit of work."""
    ids = []
    for i, dl in enumerate(draft.lines):
        repl = replacements.get(i)
        if dl.resolution != "exchange_shipped" or not dl.needed_by or repl is None or not repl.ship_options:
            continue
        opt = next((o for o in repl.ship_options if o.store_id == dl.ship_from_store_id), repl.ship_options[0])
        ids.append(
            record(
                s,
                store_id=draft.store_id,
                customer_id=ret.customer_id,
                kind="ship",
                variant_id=repl.variant_id,
                quantity=dl.quantity,
                source_store_id=opt.store_id,
                needed_by=date.fromisoformat(dl.needed_by),
                promised_on=opt.arrive_by,
                text=tr(
                    "{item} ×{quantity} delivered by carrier from {store}",
                    item=repl.description,
                    quantity=dl.quantity,
                    store=opt.store_name,
                ),
                made_by=actor_id,
                now=now,
                return_id=ret.id,
                sale_id=ret.exchange_sale_id,
            ).id
        )
    return ids


def check_return(db: Database, staff: StaffSession, return_id: int, now: datetime | None = None) -> list[int]:
    """The check-ups of a confirmed return's promises (none made yet: a retry makes none twice)."""
    with db.read() as s:
        ids = list(
            s.execute(
                select(Promise.id).where(Promise.return_id == return_id, Promise.follow_up_id.is_(None))
            ).scalars()
        )
    return schedule_checks(db, staff, ids, now)
