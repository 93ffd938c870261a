"""The return wizard's "ship it": by carrier from each store with the replacement free, marked
in time for the customer's needed-by day or not; why none can, with what can; and the promise
recorded in the return's unit of work, with its check-up the day before."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from posassist import i18n
from posassist.db.session import Database
from posassist.db.tables.promises import Promise
from posassist.i18n import tr
from posassist.services.dto import StaffSession
from posassist.services.promise_sources import choices_in, sources_in
from posassist.services.promises import record, schedule_checks
from posassist.services.returns_dto import ShipOption


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
