"""Writing customer records: create on the spot, alerts, the timeline, data export and erasure."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from posassist import i18n
from posassist.db.retry import retrying
from posassist.db.session import Database
from posassist.db.tables.base import utcnow
from posassist.db.tables.customers import (
    Customer,
    CustomerAlert,
    CustomerDate,
    CustomerTag,
    Draft,
    FollowUp,
    Interaction,
    InteractionRevision,
)
from posassist.db.tables.ops import Goodwill
from posassist.db.tables.people import Staff
from posassist.db.tables.sales import Return, Sale
from posassist.domain import typed
from posassist.domain.permissions import Action
from posassist.domain.privacy import card_numbers
from posassist.errors import InvalidInput, NotFound, StorageError
from posassist.i18n import tr
from posassist.labels import label
from posassist.services import audit, customer_edit, erasure, sessions
from posassist.services.dto import StaffSession

SEVERITIES = ("critical", "warning", "info")
ALERT_KINDS = ("allergy", "accessibility", "service", "contact", "other")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@retrying
def create(
    db: Database,
    *,
    name: str,
    phone: str | None = None,
    email: str | None = None,
    preferred_name: str | None = None,
    card: str | None = None,
    staff: StaffSession,
) -> int:
    """The minimum: a name and one way to reach them (or a loyalty card)."""
    name = " ".join(typed.field(name, tr("customer's name"), name="name", max_len=200, required=True).split())
    preferred_name = typed.field(preferred_name, tr("preferred name"), name="preferred_name", max_len=200) or None
    phone = typed.field(phone, tr("phone number"), name="phone", max_len=40) or None
    email = typed.field(email, tr("email address"), name="email", max_len=320).lower() or None
    card = typed.field(card, tr("loyalty card number"), name="card", max_len=64) or None
    if email and not _EMAIL.match(email):
        raise InvalidInput(tr("'{email}' is not an email address.", email=email), field="email")
    if phone and len(re.sub(r"\D", "", phone)) < 7:
        raise InvalidInput(tr("The phone number needs at least 7 digits."), field="phone")
    if not (phone or email or card):
        raise InvalidInput(
            tr("Add a phone number, an email or a loyalty card so we can find them again."), field="phone"
        )
    with db.transaction() as s:
        who = sessions.verify(s, staff, Action.CUSTOMER_EDIT)
        c = Customer(
            public_id=str(uuid.uuid4()),
            full_name=name,
            preferred_name=(preferred_name or name.split()[0]),
            phone=phone,
            email=email,
            loyalty_card=card or None,
        )
        s.add(c)
        s.flush()
        audit.record(
            s,
            actor_id=who.id,
            where=who.counter,
            action="customer.created",
            entity="customer",
            entity_id=c.public_id,
            payload={},
        )
        return c.id


@retrying
def add_alert(db: Database, customer_id: int, *, kind: str, severity: str, text: str, staff: StaffSession) -> int:
    text = " ".join(typed.field(text, "alert", name="text", max_len=500).split())
    if kind not in ALERT_KINDS:
        raise InvalidInput(
            tr("Alert kind must be one of {ALERT_KINDS}.", ALERT_KINDS=", ".join(ALERT_KINDS)), field="kind"
        )
    if severity not in SEVERITIES:
        raise InvalidInput(tr("Severity must be critical, warning or info."), field="severity")
    if not text:
        raise InvalidInput(tr("Write the alert, e.g. 'severe milk allergy'."), field="text")
    if card_numbers(text):
        raise InvalidInput(tr("Card numbers are never stored; remove it from the alert."), field="text")
    with db.transaction() as s:
        who = sessions.verify(s, staff, Action.ALERT_EDIT)
        if s.get(Customer, customer_id) is None:
            raise NotFound(tr("That customer is not on file any more."))
        a = CustomerAlert(customer_id=customer_id, kind=kind, severity=severity, text=text, author_id=who.staff_id)
        s.add(a)
        s.flush()
        return a.id


@retrying
def remove_alert(db: Database, alert_id: int, staff: StaffSession) -> None:
    with db.transaction() as s:
        sessions.verify(s, staff, Action.ALERT_EDIT)
        a = s.get(CustomerAlert, alert_id)
        if a is None:
            raise NotFound(tr("That alert is gone already."))
        a.active = False


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    type: str  # note / purchase / return / exception
    channel: str
    title: str
    detail: str
    staff: str | None
    ref_id: int


def timeline(
    db: Database, customer_id: int, *, channel: str | None = None, type_: str | None = None, limit: int = 200
) -> list[TimelineEntry]:
    """Every interaction, purchase, return and approved exception, newest first."""
    out: list[TimelineEntry] = []
    with db.read() as s:
        names = dict(s.execute(select(Staff.id, Staff.name)).all())
        if type_ in (None, "note"):
            notes_q = select(Interaction).where(Interaction.customer_id == customer_id)
            if channel:
                notes_q = notes_q.where(Interaction.channel == channel)
            for i in s.execute(notes_q.order_by(Interaction.opened_at.desc()).limit(limit)).scalars():
                rating = tr(" · CSAT {csat}/5", csat=i.csat) if i.csat else ""
                out.append(
                    TimelineEntry(
                        i.opened_at,
                        "note",
                        i.channel,
                        f"{label(i.topic)} ({label(i.outcome or 'open')}){rating}",
                        i.body,
                        names.get(i.staff_id or 0),
                        i.id,
                    )
                )
        if type_ in (None, "purchase"):
            q = select(Sale).where(Sale.customer_id == customer_id)
            if channel:
                q = q.where(Sale.channel == channel)
            for sale in s.execute(q.order_by(Sale.sold_at.desc()).limit(limit)).scalars():
                out.append(
                    TimelineEntry(
                        sale.sold_at,
                        "purchase",
                        sale.channel,
                        f"{label(sale.kind)} {sale.receipt_no}",
                        i18n.money(sale.total_minor, sale.currency),
                        names.get(sale.staff_id or 0),
                        sale.id,
                    )
                )
        if type_ in (None, "return") and channel in (None, "counter"):
            for r in s.execute(
                select(Return)
                .where(Return.customer_id == customer_id, Return.status == "committed")
                .order_by(Return.created_at.desc())
                .limit(limit)
            ).scalars():
                out.append(
                    TimelineEntry(
                        r.committed_at or r.created_at,
                        "return",
                        "counter",
                        f"{label('return')} {r.return_no}",
                        (r.verdict or {}).get("explanation", ""),
                        names.get(r.staff_id or 0),
                        r.id,
                    )
                )
        if type_ in (None, "exception") and channel in (None, "counter"):
            for g in s.execute(
                select(Goodwill)
                .where(Goodwill.customer_id == customer_id)
                .order_by(Goodwill.created_at.desc())
                .limit(limit)
            ).scalars():
                out.append(
                    TimelineEntry(
                        g.created_at,
                        "exception",
                        "counter",
                        f"{label('goodwill')}: {label(g.kind)}",
                        g.story,
                        names.get(g.approved_by or 0),
                        g.id,
                    )
                )
    out.sort(key=lambda e: (e.at, e.type, e.ref_id), reverse=True)
    return out[:limit]


@retrying
def export(
    db: Database, customer_id: int, staff: StaffSession, *, receipt_dirs: tuple[Path, ...] = ()
) -> dict[str, Any]:
    """Everything held about the customer, for a data-subject request (audited: who exported whom)."""
    with db.transaction() as s:
        who = sessions.verify(s, staff, Action.CUSTOMER_EXPORT)
        c = s.get(Customer, customer_id)
        if c is None:
            raise NotFound(tr("There is no customer {customer_id}.", customer_id=customer_id))
        doc: dict[str, Any] = {col.name: getattr(c, col.key) for col in Customer.__table__.columns}
        doc["alerts"] = [
            {"kind": a.kind, "severity": a.severity, "text": a.text, "active": a.active, "created_at": a.created_at}
            for a in s.execute(select(CustomerAlert).where(CustomerAlert.customer_id == c.id)).scalars()
        ]
        doc["dates"] = [
            {"label": d.label, "month": d.month, "day": d.day}
            for d in s.execute(select(CustomerDate).where(CustomerDate.customer_id == c.id)).scalars()
        ]
        doc["tags"] = list(s.execute(select(CustomerTag.tag).where(CustomerTag.customer_id == c.id)).scalars())
        doc["interactions"] = [
            {
                "at": i.opened_at,
                "channel": i.channel,
                "topic": i.topic,
                "outcome": i.outcome,
                "note": i.body,
                "csat": i.csat,
                "csat_comment": i.csat_comment,
            }
            for i in s.execute(
                select(Interaction).where(Interaction.customer_id == c.id).order_by(Interaction.opened_at)
            ).scalars()
        ]
        doc["follow_ups"] = [
            {"text": f.text, "due_at": f.due_at, "status": f.status}
            for f in s.execute(select(FollowUp).where(FollowUp.customer_id == c.id)).scalars()
        ]
        doc["purchases"] = [
            {"receipt": x.receipt_no, "at": x.sold_at, "total_minor": x.total_minor, "currency": x.currency}
            for x in s.execute(select(Sale).where(Sale.customer_id == c.id)).scalars()
        ]
        doc["returns"] = [
            {"return_no": r.return_no, "at": r.committed_at, "refund_minor": r.refund_minor}
            for r in s.execute(select(Return).where(Return.customer_id == c.id)).scalars()
        ]
        doc.update(erasure.export_extra(s, c.id, receipt_dirs))  # everything erasure removes
        audit.record(
            s,
            actor_id=who.id,
            where=who.counter,
            action="customer.exported",
            entity="customer",
            entity_id=c.public_id,
            payload={},
        )
    return doc


@retrying
def erase(
    db: Database,
    customer_id: int,
    staff: StaffSession,
    *,
    backup_dir: Path | None = None,
    receipt_dirs: tuple[Path, ...] = (),
) -> str:
    """Remove personal data and notes wherever they are (services/erasure); sales, returns and the
    audit log stay, under the customer's pseudonymous id, so the books still add up. Returns that
    id. Receipt PDFs written for them are deleted, and the backups in ``backup_dir`` are marked so
    that a restore re-applies the erasure."""
    with db.transaction() as s:
        who = sessions.verify(s, staff, Action.CUSTOMER_ERASE)
        c = s.get(Customer, customer_id)
        if c is None:
            raise NotFound(tr("There is no customer {customer_id}.", customer_id=customer_id))
        if c.erased_at is not None:
            return c.public_id
        files = erasure.receipt_files(s, c.id, receipt_dirs)
        public_id = _erase_rows(s, c, who.id, who.counter)
        erased_at = c.erased_at.isoformat() if c.erased_at else ""
    db.reclaim(erasure.ERASURE_TABLES)
    removed, failed = erasure.remove_files(files)
    if failed:
        raise StorageError(
            tr(
                "The customer was erased, but {n} receipt file(s) could not be deleted: {first}",
                n=len(failed),
                first=failed[0],
            )
        )
    erasure.mark_backups(backup_dir, public_id, erased_at)
    return public_id


def _erase_rows(s: Session, c: Customer, actor_id: int | None, where: str | None, *, reapplied: bool = False) -> str:
    note_ids = list(s.execute(select(Interaction.id).where(Interaction.customer_id == c.id)).scalars())
    if note_ids:
        s.query(InteractionRevision).filter(InteractionRevision.interaction_id.in_(note_ids)).delete(
            synchronize_session=False
        )
        s.query(Interaction).filter(Interaction.id.in_(note_ids)).update(
            {Interaction.body: "", Interaction.csat_comment: None}, synchronize_session=False
        )
    for model in (CustomerAlert, CustomerDate, CustomerTag):
        s.query(model).filter(model.customer_id == c.id).delete(synchronize_session=False)
    customer_edit.erase_rows(s, c.id)  # history values, consents, links, merge snapshots
    s.query(FollowUp).filter(FollowUp.customer_id == c.id).update(
        {FollowUp.text: "(erased)"}, synchronize_session=False
    )
    s.query(Draft).filter(Draft.kind == "note", Draft.key.like(f"%:{c.id}")).delete(synchronize_session=False)
    for field in (
        "full_name",
        "preferred_name",
        "pronunciation",
        "email",
        "phone",
        "phone_e164",
        "loyalty_card",
        "address",
        "birth_year",
        "preferences",
        "preferred_channel",
    ):
        setattr(c, field, None)
    c.consent_email = c.consent_sms = c.consent_phone = False
    c.erased_at = utcnow()
    s.flush()
    cleared = erasure.erase_elsewhere(s, c)
    audit.record(
        s,
        actor_id=actor_id,
        where=where,
        action="customer.erased",
        entity="customer",
        entity_id=c.public_id,
        payload={
            "interactions_cleared": len(note_ids),
            **cleared,
            **({"reapplied_after_restore": True} if reapplied else {}),
        },
    )
    return c.public_id


@retrying
def reapply_erasures(db: Database, public_ids: set[str], *, actor_id: int | None, where: str | None) -> list[str]:
    """After a restore: erase again every customer the restored copy still holds who had been
    erased (the backups' mark and the replaced database say who). Returns their ids."""
    if not public_ids:
        return []
    done = []
    with db.transaction() as s:
        for c in s.execute(
            select(Customer).where(Customer.public_id.in_(sorted(public_ids)), Customer.erased_at.is_(None))
        ).scalars():
            done.append(_erase_rows(s, c, actor_id, where, reapplied=True))
    return done
