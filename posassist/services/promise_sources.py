"""Where an item can come from for a customer, and by when: here today, another store after the
transfer (``store_distances``' km and transit time), or by carrier to the customer's door; and
what else could when nothing arrives in time (picking it up at another store today, another
colour or size). The dates are ``domain.delivery``'s rules on each store's set-up (carrier days,
closing days). Read only: ``services.promises`` records the promise."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from posassist import i18n
from posassist.db.session import Database
from posassist.db.tables.base import utcnow
from posassist.db.tables.catalogue import Product, Stock, Variant
from posassist.db.tables.people import Store, StoreDistance
from posassist.domain import delivery
from posassist.errors import NotFound
from posassist.i18n import tr

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


def variant_of(s: Session, variant_id: int) -> tuple[int, str]:
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
    product_id, desc = variant_of(s, variant_id)
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
    _, desc = variant_of(s, variant_id)
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
