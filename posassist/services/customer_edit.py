"""Keeping a customer's record up: every field, consents with their date and source, tags, gift
and occasion dates with a reminder, related customers, and the history of every change.

Public API (the ``Customers`` capability delegates here):

- ``record(db, customer_id) -> CustomerRecord`` — everything the editor shows, as a frozen DTO.
- ``update(db, session, customer_id, changes, consent_source="counter") -> CustomerRecord`` — one
  save, one transaction: only fields whose value differs are written; each change is kept in the
  history (field, old -> new, who, when) and audited by field name (never the values).
- ``history(db, customer_id) -> list[Change]`` — newest first.

Dates and relations (``add_date``, ``link``, ``occasions_due``…) are in ``customer_occasions``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from posassist.db.retry import retrying
from posassist.db.session import Database
from posassist.db.tables.base import utcnow
from posassist.db.tables.customers import (
    Customer,
    CustomerChange,
    CustomerConsent,
    CustomerDate,
    CustomerLink,
    CustomerMerge,
    CustomerTag,
)
from posassist.db.tables.people import Staff
from posassist.domain.permissions import Action
from posassist.errors import Conflict, InvalidInput, NotFound
from posassist.i18n import tr
from posassist.services import audit, sessions
from posassist.services.customer_fields import CONSENT_CHANNELS, clean
from posassist.services.customer_record_dto import (
    CONSENT_SOURCES,
    FIELDS,
    INVERSE,
    MAX_REMIND_DAYS,
    RELATIONS,
    TEXT_FIELDS,
    Change,
    Consent,
    CustomerRecord,
    DateEntry,
    Link,
    MergeInfo,
    OccasionDue,
    preferences_text,
)
from posassist.services.dto import StaffSession

__all__ = [
    "CONSENT_SOURCES",
    "Change",
    "Consent",
    "CustomerRecord",
    "DateEntry",
    "FIELDS",
    "INVERSE",
    "Link",
    "MAX_REMIND_DAYS",
    "MergeInfo",
    "OccasionDue",
    "RELATIONS",
    "TEXT_FIELDS",
    "erase_rows",
    "history",
    "preferences_text",
    "record",
    "update",
]

# -- reading --------------------------------------------------------------------------------------


def _customer(s: Session, customer_id: int) -> Customer:
    c = s.get(Customer, customer_id)
    if c is None:
        raise NotFound(tr("There is no customer {customer_id}.", customer_id=customer_id))
    return c


def _name(c: Customer | None) -> str:
    return (c.full_name or tr("(erased)")) if c is not None else tr("(erased)")


def _read(s: Session, c: Customer) -> CustomerRecord:
    rows = {
        r.channel: r for r in s.execute(select(CustomerConsent).where(CustomerConsent.customer_id == c.id)).scalars()
    }
    consents = []
    for ch in CONSENT_CHANNELS:
        flag = bool(getattr(c, f"consent_{ch}"))
        row = rows.get(ch)
        consents.append(Consent(ch, flag, row.source if row else None, row.at if row else None))
    tags = tuple(
        s.execute(select(CustomerTag.tag).where(CustomerTag.customer_id == c.id).order_by(CustomerTag.tag)).scalars()
    )
    dates = tuple(
        DateEntry(d.id, d.label, d.month, d.day, d.remind_days)
        for d in s.execute(
            select(CustomerDate)
            .where(CustomerDate.customer_id == c.id)
            .order_by(CustomerDate.month, CustomerDate.day, CustomerDate.id)
        ).scalars()
    )
    links: list[Link] = []
    for link in s.execute(
        select(CustomerLink)
        .where(or_(CustomerLink.customer_id == c.id, CustomerLink.related_id == c.id))
        .order_by(CustomerLink.id)
    ).scalars():
        mine = link.customer_id == c.id
        other = link.related_id if mine else link.customer_id
        relation = link.relation if mine else INVERSE.get(link.relation, "other")
        links.append(Link(link.id, other, _name(s.get(Customer, other)), relation))
    if c.related_customer_id and all(x.other_id != c.related_customer_id for x in links):
        # the demo and older records keep one relation on the record: "daughter" of the other one
        links.append(Link(None, c.related_customer_id, _name(s.get(Customer, c.related_customer_id)), "other"))
    merges = tuple(
        MergeInfo(
            m.id,
            m.merged_id if m.kept_id == c.id else m.kept_id,
            _merge_name(s, m, c.id),
            m.merged_at,
            m.kept_id == c.id,
            m.undone_at is not None,
        )
        for m in s.execute(
            select(CustomerMerge)
            .where(or_(CustomerMerge.kept_id == c.id, CustomerMerge.merged_id == c.id))
            .order_by(CustomerMerge.merged_at.desc(), CustomerMerge.id.desc())
        ).scalars()
    )
    merged_into = next((m.other_id for m in merges if not m.kept and not m.undone), None)
    return CustomerRecord(
        c.id,
        c.public_id,
        c.full_name,
        c.preferred_name,
        c.pronunciation,
        c.email,
        c.phone,
        c.phone_e164,
        c.loyalty_card,
        c.address,
        c.birth_year,
        c.preferred_channel,
        c.preferred_language,
        bool(c.lifetime_free_shipping),
        dict(c.preferences or {}),
        tags,
        tuple(consents),
        dates,
        tuple(links),
        merges,
        merged_into,
        c.erased_at is not None,
    )


def _merge_name(s: Session, m: CustomerMerge, me: int) -> str:
    if m.kept_id == me:  # the duplicate's name went with the merge: it is in what moved
        snap = (m.moved or {}).get("duplicate", {})
        return str(snap.get("full_name") or _name(s.get(Customer, m.merged_id)))
    return _name(s.get(Customer, m.kept_id))


def record(db: Database, customer_id: int) -> CustomerRecord:
    with db.read() as s:
        return _read(s, _customer(s, customer_id))


def history(db: Database, customer_id: int, limit: int = 500) -> list[Change]:
    with db.read() as s:
        _customer(s, customer_id)
        rows = s.execute(
            select(CustomerChange, Staff.name)
            .outerjoin(Staff, Staff.id == CustomerChange.changed_by)
            .where(CustomerChange.customer_id == customer_id)
            .order_by(CustomerChange.changed_at.desc(), CustomerChange.id.desc())
            .limit(limit)
        ).all()
        return [Change(ch.changed_at, who, ch.field, ch.old_value, ch.new_value) for ch, who in rows]


def _shown(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dict):
        return preferences_text(value) or None
    if isinstance(value, (list, tuple)):
        return ", ".join(map(str, value)) or None
    return str(value)


def _log(s: Session, c: Customer, field: str, old: Any, new: Any, staff_id: int | None) -> None:
    s.add(
        CustomerChange(customer_id=c.id, field=field, old_value=_shown(old), new_value=_shown(new), changed_by=staff_id)
    )


# -- writing --------------------------------------------------------------------------------------


def _editable(c: Customer) -> None:
    if c.erased_at is not None:
        raise Conflict(tr("This customer's personal data was erased; it cannot be edited."))


def _set_consent(s: Session, c: Customer, channel: str, granted: bool, source: str, staff_id: int | None) -> None:
    setattr(c, f"consent_{channel}", granted)
    row = s.get(CustomerConsent, (c.id, channel))
    if row is None:
        s.add(CustomerConsent(customer_id=c.id, channel=channel, granted=granted, source=source, recorded_by=staff_id))
    else:
        row.granted, row.source, row.at, row.recorded_by = granted, source, utcnow(), staff_id


@retrying
def update(
    db: Database,
    session: StaffSession,
    customer_id: int,
    changes: Mapping[str, Any],
    *,
    consent_source: str = "counter",
    unchanged_since: datetime | None = None,
) -> CustomerRecord:
    """Save what changed, in one transaction; nothing is written when any field is wrong (the
    error names the first one). ``unchanged_since``: the record as the editor saw it (an edit
    made offline): refused with Conflict when it was changed after that."""
    if consent_source not in CONSENT_SOURCES:
        raise InvalidInput(
            tr("Consent source: one of {list}.", list=", ".join(CONSENT_SOURCES)), field="consent_source"
        )
    unknown = [k for k in changes if k not in FIELDS]
    if unknown:
        raise InvalidInput(tr("'{field}' is not a field of the customer's record.", field=unknown[0]), field=unknown[0])
    with db.transaction() as s:
        who = sessions.verify(s, session, Action.CUSTOMER_EDIT)
        c = _customer(s, customer_id)
        _editable(c)
        if unchanged_since is not None and c.updated_at > unchanged_since:
            raise Conflict(
                tr(
                    "This customer's record was changed elsewhere after this edit was made; nothing was "
                    "saved. Look at the record again."
                )
            )
        cleaned = {name: clean(s, c, name, value, who.id) for name, value in changes.items()}
        changed: list[str] = []
        for name, value in cleaned.items():
            if name == "phone":
                text, e164 = value if value else (None, None)
                if text != c.phone:
                    _log(s, c, name, c.phone, text, who.id)
                    c.phone, c.phone_e164 = text, e164
                    changed.append(name)
            elif name == "tags":
                old = sorted(s.execute(select(CustomerTag.tag).where(CustomerTag.customer_id == c.id)).scalars())
                if old != value:
                    s.execute(delete(CustomerTag).where(CustomerTag.customer_id == c.id, CustomerTag.tag.not_in(value)))
                    for tag in value:
                        if tag not in old:
                            s.add(CustomerTag(customer_id=c.id, tag=tag))
                    _log(s, c, name, old, value, who.id)
                    changed.append(name)
            elif name.startswith("consent_"):
                channel = name[8:]
                if bool(getattr(c, name)) != value:
                    _log(s, c, name, bool(getattr(c, name)), value, who.id)
                    _set_consent(s, c, channel, value, consent_source, who.id)
                    changed.append(name)
            elif getattr(c, name) != value:
                _log(s, c, name, getattr(c, name), value, who.id)
                setattr(c, name, value)
                changed.append(name)
        if changed:
            s.flush()
            audit.record(
                s,
                actor_id=who.id,
                where=who.counter,
                action="customer.edited",
                entity="customer",
                entity_id=c.public_id,
                payload={"fields": changed},
            )
        return _read(s, c)


def erase_rows(s: Session, customer_id: int) -> None:
    """Erasure: the history's old and new values and what a merge kept about a duplicate hold
    personal data; links and consents go with the person."""
    s.execute(delete(CustomerChange).where(CustomerChange.customer_id == customer_id))
    s.execute(delete(CustomerConsent).where(CustomerConsent.customer_id == customer_id))
    s.execute(
        delete(CustomerLink).where(or_(CustomerLink.customer_id == customer_id, CustomerLink.related_id == customer_id))
    )
    for m in s.execute(
        select(CustomerMerge).where(or_(CustomerMerge.kept_id == customer_id, CustomerMerge.merged_id == customer_id))
    ).scalars():
        moved = dict(m.moved or {})
        moved["duplicate"], moved["kept_fields"], moved["erased"] = {}, {}, True
        m.moved = moved
