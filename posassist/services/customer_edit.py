"""Keeping a customer's record up: every field, consents with their date and source, tags, gift
and occasion dates with a reminder, related customers, and the history of every change.

Public API (the ``Customers`` capability delegates here):

- ``record(db, customer_id) -> CustomerRecord`` — everything the editor shows, as a frozen DTO.
- ``update(db, session, customer_id, changes, consent_source="counter") -> CustomerRecord`` — one
  save, one transaction: only fields whose value differs are written; each change is kept in the
  history (field, old -> new, who, when) and audited by field name (never the values).
- ``add_date`` / ``remove_date``, ``link`` / ``unlink`` — one transaction each, history kept.
- ``history(db, customer_id) -> list[Change]`` — newest first.
- ``occasions_due(db, store_id, today, *, staff_id=None, window_days=0) -> list[OccasionDue]`` —
  gift and occasion dates whose reminder has started (``remind_days`` before the date) by
  ``today + window_days``, soonest first: for the sign-in reminder and "my follow-ups".
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import delete, exists, or_, select
from sqlalchemy.orm import Session

from posassist.db.retry import retrying
from posassist.db.session import Database
from posassist.db.tables.base import utcnow
from posassist.db.tables.customers import (
    CHANNELS,
    Customer,
    CustomerChange,
    CustomerConsent,
    CustomerDate,
    CustomerLink,
    CustomerMerge,
    CustomerTag,
    Interaction,
)
from posassist.db.tables.people import Staff, Store
from posassist.domain import typed
from posassist.domain.permissions import Action
from posassist.errors import Conflict, InvalidInput, NotFound
from posassist.i18n import LANGUAGES, tr
from posassist.services import audit, sessions
from posassist.services.dto import StaffSession
from posassist.services.sales_import import cells

CONSENT_CHANNELS = ("email", "sms", "phone")
CONSENT_SOURCES = ("counter", "import", "web")
# what the related customer is to this one; the other side sees the inverse
RELATIONS = ("partner", "parent", "child", "sibling", "business_account", "account_member", "other")
INVERSE = {
    "partner": "partner",
    "parent": "child",
    "child": "parent",
    "sibling": "sibling",
    "business_account": "account_member",
    "account_member": "business_account",
    "other": "other",
}
# the record's own fields, in the editor's order
TEXT_FIELDS = (
    "full_name",
    "preferred_name",
    "pronunciation",
    "email",
    "phone",
    "loyalty_card",
    "address",
    "birth_year",
    "preferred_channel",
    "preferred_language",
    "lifetime_free_shipping",
    "preferences",
)
FIELDS = (*TEXT_FIELDS, "tags", *(f"consent_{c}" for c in CONSENT_CHANNELS))
MAX_REMIND_DAYS = 90


@dataclass(frozen=True)
class Consent:
    channel: str
    granted: bool
    source: str | None  # counter/import/web; None: given before dates were kept
    at: datetime | None


@dataclass(frozen=True)
class DateEntry:
    id: int
    label: str
    month: int
    day: int
    remind_days: int


@dataclass(frozen=True)
class Link:
    id: int | None  # None: the link kept on the record itself before links had their own table
    other_id: int
    other_name: str
    relation: str  # what the other customer is to this one


@dataclass(frozen=True)
class MergeInfo:
    id: int
    other_id: int
    other_name: str
    at: datetime
    kept: bool  # True: the other record was merged into this one
    undone: bool


@dataclass(frozen=True)
class CustomerRecord:
    id: int
    public_id: str
    full_name: str | None
    preferred_name: str | None
    pronunciation: str | None
    email: str | None
    phone: str | None
    phone_e164: str | None
    loyalty_card: str | None
    address: str | None
    birth_year: int | None
    preferred_channel: str | None
    preferred_language: str | None
    lifetime_free_shipping: bool
    preferences: dict[str, Any]
    tags: tuple[str, ...]
    consents: tuple[Consent, ...]
    dates: tuple[DateEntry, ...]
    links: tuple[Link, ...]
    merges: tuple[MergeInfo, ...]
    merged_into: int | None
    erased: bool

    def text(self, name: str) -> str:
        """A field as the editor shows it (the form it is typed back in)."""
        if name == "preferences":
            return preferences_text(self.preferences)
        if name == "tags":
            return ", ".join(self.tags)
        if name.startswith("consent_"):
            return "yes" if self.consent(name[8:]) else "no"
        value = getattr(self, name)
        if isinstance(value, bool):
            return "yes" if value else "no"
        return "" if value is None else str(value)

    def consent(self, channel: str) -> bool:
        return any(c.channel == channel and c.granted for c in self.consents)

    def as_dict(self) -> dict[str, Any]:
        doc = asdict(self)
        for key in ("consents", "merges"):
            for item in doc[key]:
                item["at"] = item["at"].isoformat() if item["at"] else None
        doc["tags"], doc["dates"], doc["links"] = list(self.tags), [asdict(d) for d in self.dates], doc["links"]
        return doc


@dataclass(frozen=True)
class Change:
    at: datetime
    staff: str | None
    field: str
    old: str | None
    new: str | None


@dataclass(frozen=True)
class OccasionDue:
    customer_id: int
    customer_name: str
    date_id: int
    label: str
    on: date  # the next time the date comes round (on or after today)
    days_left: int
    remind_days: int


# -- reading --------------------------------------------------------------------------------------


def preferences_text(prefs: Mapping[str, Any]) -> str:
    return "\n".join(f"{k}: {', '.join(map(str, v)) if isinstance(v, list) else v}" for k, v in prefs.items())


def parse_preferences(text: str) -> dict[str, Any]:
    """'key: value' per line ('sizes: M, L' keeps a list); InvalidInput names the line."""
    out: dict[str, Any] = {}
    for n, raw in enumerate(typed.tidy(text, multiline=True).splitlines(), 1):
        line = raw.strip()
        if not line:
            continue
        key, sep, value = line.partition(":")
        if not sep or not key.strip() or not value.strip():
            raise InvalidInput(
                tr("Preferences line {n}: write it as 'what: value', e.g. 'fit: slim'.", n=n), field="preferences"
            )
        key = typed.field(key, tr("preference"), name="preferences", max_len=64)
        parts = [typed.field(v, tr("preference"), name="preferences", max_len=200) for v in value.split(",")]
        parts = [p for p in parts if p]
        out[key] = parts if len(parts) > 1 else parts[0]
    return out


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


# -- validating one field -------------------------------------------------------------------------


def _region(s: Session, c: Customer, staff_id: int | None) -> str:
    """Where a number typed without its country code is from: the customer's store, the
    associate's, or the first store (the import reads it the same way, from the store's locale)."""
    store_id = c.home_store_id
    if store_id is None and staff_id is not None:
        store_id = s.execute(select(Staff.home_store_id).where(Staff.id == staff_id)).scalar()
    q = select(Store.locale)
    q = q.where(Store.id == store_id) if store_id is not None else q.order_by(Store.id).limit(1)
    locale = s.execute(q).scalar() or "en_CA"
    return (locale.split("_")[-1] if "_" in locale else "CA").upper()


def _yes_no(value: Any, label: str, name: str) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value or "").strip().lower()
    if text in ("yes", "y", "true", "1", "on", "ja", "oui"):
        return True
    if text in ("no", "n", "false", "0", "off", "", "nein", "non"):
        return False
    raise InvalidInput(tr("{label}: answer yes or no.", label=label), field=name)


def _name_field(s: Session, c: Customer, name: str, value: Any, staff_id: int | None) -> Any:
    return " ".join(typed.field(value, tr("customer's name"), name=name, max_len=200, required=True).split())


def _short_text(s: Session, c: Customer, name: str, value: Any, staff_id: int | None) -> Any:
    label = tr("preferred name") if name == "preferred_name" else tr("pronunciation")
    return typed.field(value, label, name=name, max_len=200) or None


def _address(s: Session, c: Customer, name: str, value: Any, staff_id: int | None) -> Any:
    return typed.field(value, tr("address"), name=name, max_len=500, multiline=True) or None


def _email(s: Session, c: Customer, name: str, value: Any, staff_id: int | None) -> Any:
    text = typed.field(value, tr("email address"), name=name, max_len=320)
    if not text:
        return None
    _folded, problem = cells.email(text)
    if problem == "invalid_email":
        raise InvalidInput(
            tr("'{email}' is not an email address; check it, e.g. name@example.com.", email=text), field=name
        )
    return text.strip().casefold()


def _phone(s: Session, c: Customer, name: str, value: Any, staff_id: int | None) -> Any:
    """(the number as typed, its E.164 form) — normalised by phonenumbers as the import does."""
    text = typed.field(value, tr("phone number"), name=name, max_len=40)
    if not text:
        return None
    e164, _why = cells.phone(text, _region(s, c, staff_id))
    if e164 is None:
        raise InvalidInput(
            tr("'{phone}' is not a phone number; type it with its area code, e.g. 416 555 0100.", phone=text),
            field=name,
        )
    return text, e164


def _card(s: Session, c: Customer, name: str, value: Any, staff_id: int | None) -> Any:
    text = typed.field(value, tr("loyalty card number"), name=name, max_len=64)
    if text:
        other = s.execute(
            select(Customer.id, Customer.full_name).where(Customer.loyalty_card == text, Customer.id != c.id)
        ).first()
        if other is not None:
            raise InvalidInput(
                tr(
                    "Card {card} already belongs to {name}; merge the two records instead (Ctrl+M).",
                    card=text,
                    name=other.full_name or tr("(erased)"),
                ),
                field=name,
            )
    return text or None


def _birth_year(s: Session, c: Customer, name: str, value: Any, staff_id: int | None) -> Any:
    text = str(value if value is not None else "").strip()
    if not text:
        return None
    this_year = utcnow().year
    if not text.isdigit() or not 1900 <= int(text) <= this_year:
        raise InvalidInput(tr("Birth year: a year between 1900 and {year}, e.g. 1984.", year=this_year), field=name)
    return int(text)


def _channel(s: Session, c: Customer, name: str, value: Any, staff_id: int | None) -> Any:
    text = str(value or "").strip().lower()
    if text and text not in CHANNELS:
        raise InvalidInput(tr("Preferred channel: one of {list}.", list=", ".join(CHANNELS)), field=name)
    return text or None


def _language(s: Session, c: Customer, name: str, value: Any, staff_id: int | None) -> Any:
    text = str(value or "").strip().lower()
    if text and text not in LANGUAGES:
        raise InvalidInput(tr("Preferred language: one of {list}.", list=", ".join(LANGUAGES)), field=name)
    return text or None


def _flag(s: Session, c: Customer, name: str, value: Any, staff_id: int | None) -> Any:
    return _yes_no(value, tr("Lifetime free shipping") if name == "lifetime_free_shipping" else tr("Consent"), name)


def _prefs(s: Session, c: Customer, name: str, value: Any, staff_id: int | None) -> Any:
    return parse_preferences(value) if isinstance(value, str) else dict(value or {})


def _tags(s: Session, c: Customer, name: str, value: Any, staff_id: int | None) -> Any:
    items = value.split(",") if isinstance(value, str) else list(value or [])
    tags: list[str] = []
    for t in items:
        tag = " ".join(typed.field(str(t), tr("tag"), name=name, max_len=64).split()).lower()
        if tag and tag not in tags:
            tags.append(tag)
    return sorted(tags)


_CLEAN = {
    "full_name": _name_field,
    "preferred_name": _short_text,
    "pronunciation": _short_text,
    "address": _address,
    "email": _email,
    "phone": _phone,
    "loyalty_card": _card,
    "birth_year": _birth_year,
    "preferred_channel": _channel,
    "preferred_language": _language,
    "lifetime_free_shipping": _flag,
    "preferences": _prefs,
    "tags": _tags,
    **{f"consent_{ch}": _flag for ch in CONSENT_CHANNELS},
}


def _clean(s: Session, c: Customer, name: str, value: Any, staff_id: int | None) -> Any:
    """The value to store for one field, or InvalidInput naming it and saying what to do."""
    check = _CLEAN.get(name)
    if check is None:
        raise InvalidInput(tr("'{field}' is not a field of the customer's record.", field=name), field=name)
    return check(s, c, name, value, staff_id)


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
        cleaned = {name: _clean(s, c, name, value, who.id) for name, value in changes.items()}
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


def _date_text(label: str, month: int, day: int, remind: int) -> str:
    return f"{label} {day} {calendar.month_abbr[month]} (remind {remind} d before)"


@retrying
def add_date(
    db: Database, session: StaffSession, customer_id: int, *, label: str, month: int, day: int, remind_days: int = 7
) -> int:
    """A gift or occasion date (every year on ``month``/``day``) with a reminder ``remind_days`` before."""
    text = " ".join(
        typed.field(
            label,
            tr("occasion"),
            name="label",
            max_len=200,
            required=True,
            required_hint=tr("Name the occasion, e.g. 'Wife's birthday'."),
        ).split()
    )
    if not isinstance(month, int) or not 1 <= month <= 12:
        raise InvalidInput(tr("Month: a number from 1 to 12."), field="month")
    last = calendar.monthrange(2024, month)[1]  # a leap year: 29 February comes round too
    if not isinstance(day, int) or not 1 <= day <= last:
        raise InvalidInput(tr("Day: a number from 1 to {last} for that month.", last=last), field="day")
    if not isinstance(remind_days, int) or not 0 <= remind_days <= MAX_REMIND_DAYS:
        raise InvalidInput(tr("Reminder: 0 to {most} days before the date.", most=MAX_REMIND_DAYS), field="remind_days")
    with db.transaction() as s:
        who = sessions.verify(s, session, Action.CUSTOMER_EDIT)
        c = _customer(s, customer_id)
        _editable(c)
        d = CustomerDate(customer_id=c.id, label=text, month=month, day=day, remind_days=remind_days)
        s.add(d)
        _log(s, c, "dates", None, _date_text(text, month, day, remind_days), who.id)
        s.flush()
        audit.record(
            s,
            actor_id=who.id,
            where=who.counter,
            action="customer.edited",
            entity="customer",
            entity_id=c.public_id,
            payload={"fields": ["dates"]},
        )
        return d.id


@retrying
def remove_date(db: Database, session: StaffSession, customer_id: int, date_id: int) -> None:
    with db.transaction() as s:
        who = sessions.verify(s, session, Action.CUSTOMER_EDIT)
        c = _customer(s, customer_id)
        d = s.get(CustomerDate, date_id)
        if d is None or d.customer_id != c.id:
            raise NotFound(tr("That date is gone already."))
        _log(s, c, "dates", _date_text(d.label, d.month, d.day, d.remind_days), None, who.id)
        s.delete(d)
        audit.record(
            s,
            actor_id=who.id,
            where=who.counter,
            action="customer.edited",
            entity="customer",
            entity_id=c.public_id,
            payload={"fields": ["dates"]},
        )


@retrying
def link(db: Database, session: StaffSession, customer_id: int, other_id: int, relation: str) -> int:
    """``other_id`` is ``relation`` (partner, parent, child, business_account…) of ``customer_id``."""
    if relation not in RELATIONS:
        raise InvalidInput(tr("Relation: one of {list}.", list=", ".join(RELATIONS)), field="relation")
    if customer_id == other_id:
        raise InvalidInput(tr("A customer cannot be related to themselves; choose the other person."), field="related")
    with db.transaction() as s:
        who = sessions.verify(s, session, Action.CUSTOMER_EDIT)
        c, other = _customer(s, customer_id), _customer(s, other_id)
        _editable(c)
        if other.erased_at is not None:
            raise Conflict(tr("That customer's personal data was erased; link someone else."))
        existing = s.execute(
            select(CustomerLink).where(
                or_(
                    (CustomerLink.customer_id == c.id) & (CustomerLink.related_id == other.id),
                    (CustomerLink.customer_id == other.id) & (CustomerLink.related_id == c.id),
                )
            )
        ).scalar_one_or_none()
        if existing is not None:
            raise Conflict(tr("{name} is already linked to this customer.", name=_name(other)))
        row = CustomerLink(customer_id=c.id, related_id=other.id, relation=relation, created_by=who.id)
        s.add(row)
        _log(s, c, "related", None, f"{relation}: {_name(other)} (#{other.id})", who.id)
        _log(s, other, "related", None, f"{INVERSE[relation]}: {_name(c)} (#{c.id})", who.id)
        s.flush()
        audit.record(
            s,
            actor_id=who.id,
            where=who.counter,
            action="customer.linked",
            entity="customer",
            entity_id=c.public_id,
            payload={"related": other.public_id, "relation": relation},
        )
        return row.id


@retrying
def unlink(db: Database, session: StaffSession, customer_id: int, other_id: int) -> None:
    with db.transaction() as s:
        who = sessions.verify(s, session, Action.CUSTOMER_EDIT)
        c, other = _customer(s, customer_id), _customer(s, other_id)
        rows = list(
            s.execute(
                select(CustomerLink).where(
                    or_(
                        (CustomerLink.customer_id == c.id) & (CustomerLink.related_id == other.id),
                        (CustomerLink.customer_id == other.id) & (CustomerLink.related_id == c.id),
                    )
                )
            ).scalars()
        )
        legacy = [x for x in (c, other) if x.related_customer_id == (other.id if x is c else c.id)]
        if not rows and not legacy:
            raise NotFound(tr("{name} is not linked to this customer.", name=_name(other)))
        for row in rows:
            s.delete(row)
        for x in legacy:
            x.related_customer_id, x.relation = None, None
        _log(s, c, "related", f"{_name(other)} (#{other.id})", None, who.id)
        _log(s, other, "related", f"{_name(c)} (#{c.id})", None, who.id)
        audit.record(
            s,
            actor_id=who.id,
            where=who.counter,
            action="customer.unlinked",
            entity="customer",
            entity_id=c.public_id,
            payload={"related": other.public_id},
        )


# -- occasions coming up --------------------------------------------------------------------------


def next_occurrence(month: int, day: int, today: date) -> date:
    """The next ``month``/``day`` on or after ``today`` (29 February is the 28th in other years)."""
    for year in (today.year, today.year + 1):
        on = date(year, month, min(day, calendar.monthrange(year, month)[1]))
        if on >= today:
            return on
    raise AssertionError("unreachable")  # pragma: no cover


def occasions_due(
    db: Database, store_id: int | None, today: date, *, staff_id: int | None = None, window_days: int = 0
) -> list[OccasionDue]:
    """Occasions whose reminder has started by ``today + window_days`` (the reminder starts
    ``remind_days`` before the date and lasts until the date itself), soonest first.

    ``store_id``: the customers of that store (home store) and those with no home store; None: all.
    ``staff_id``: only customers that staff member has served (a note or contact by them).
    Erased and merged-away customers are left out. ``today`` is the store's date (its time zone)."""
    horizon = today + timedelta(days=window_days)
    with db.read() as s:
        q = (
            select(CustomerDate, Customer.full_name, Customer.preferred_name)
            .join(Customer, Customer.id == CustomerDate.customer_id)
            .where(Customer.erased_at.is_(None))
            .where(~exists().where(CustomerMerge.merged_id == Customer.id, CustomerMerge.undone_at.is_(None)))
        )
        if store_id is not None:
            q = q.where(or_(Customer.home_store_id == store_id, Customer.home_store_id.is_(None)))
        if staff_id is not None:
            q = q.where(exists().where(Interaction.customer_id == Customer.id, Interaction.staff_id == staff_id))
        out = []
        for d, full, _pref in s.execute(q).all():
            on = next_occurrence(d.month, d.day, today)
            if on - timedelta(days=d.remind_days) <= horizon:
                out.append(
                    OccasionDue(
                        d.customer_id, full or tr("(erased)"), d.id, d.label, on, (on - today).days, d.remind_days
                    )
                )
    out.sort(key=lambda o: (o.on, o.customer_name, o.date_id))
    return out


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
