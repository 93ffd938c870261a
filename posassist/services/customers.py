"""Find a customer and show who they are: name, alerts, preferences, what happened before."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from posassist.db import customer_keys
from posassist.db.session import Database
from posassist.db.tables.customers import Customer, CustomerAlert, CustomerDate, CustomerTag, FollowUp, Interaction
from posassist.db.tables.people import Staff
from posassist.domain.scan import clean
from posassist.errors import NotFound
from posassist.i18n import tr
from posassist.services import customer_records
from posassist.services.dto import StaffSession
from posassist.services.receipts import scan as receipt_scan

SEVERITY_ORDER = {"critical": 0, "warning": 1, "info": 2}


@dataclass(frozen=True)
class CustomerSummary:
    id: int
    name: str
    preferred_name: str | None
    phone: str | None
    email: str | None
    loyalty_card: str | None


@dataclass(frozen=True)
class Alert:
    id: int
    kind: str
    severity: str
    text: str
    author: str | None


@dataclass(frozen=True)
class TimelineItem:
    at: datetime
    channel: str
    topic: str
    outcome: str | None
    text: str
    staff: str | None
    csat: int | None


@dataclass(frozen=True)
class CustomerProfile:
    id: int
    name: str
    preferred_name: str | None
    pronunciation: str | None
    phone: str | None
    email: str | None
    loyalty_card: str | None
    preferred_channel: str | None
    preferences: dict
    lifetime_free_shipping: bool
    alerts: tuple[Alert, ...]
    tags: tuple[str, ...]
    recent: tuple[TimelineItem, ...]
    open_follow_ups: int
    related_id: int | None = None
    related_name: str | None = None
    relation: str | None = None  # what this customer is to the related one, e.g. "daughter"
    dates: tuple[str, ...] = ()  # "Daughter's birthday 27 Nov"
    consents: tuple[str, ...] = ()  # channels we may use for marketing: email, sms, phone


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _phone_ids(s: Session, digits: str, limit: int) -> list[int]:
    """Customers whose phone is the typed number (or its local part, or it with a country code):
    candidates by the indexed last seven digits (ix_customers_phone_tail), then checked whole."""
    tail = customer_keys.phone_tail_sql(s.get_bind().dialect.name)
    rows = s.execute(
        text(f"SELECT id, phone FROM customers WHERE {tail} = :tail ORDER BY id LIMIT 500"),
        {"tail": digits[-customer_keys.TAIL :]},
    ).all()
    return [i for i, phone in rows if customer_keys.same_phone(digits, phone)][:limit]


def _name_ids(s: Session, words: list[str], limit: int) -> list[int]:
    """Customers whose name holds every word (substring), through the trigram index."""
    pats = {f"w{i}": "%" + w.replace("%", "").replace("_", "") + "%" for i, w in enumerate(words)}
    if s.get_bind().dialect.name == "sqlite":
        cond = " AND ".join(f"name LIKE :w{i}" for i in range(len(words)))
        sql = f"SELECT rowid FROM customer_fts WHERE {cond} LIMIT :n"
    else:
        cond = " AND ".join(
            f"lower(coalesce(full_name, '') || ' ' || coalesce(preferred_name, '')) LIKE :w{i}"
            for i in range(len(words))
        )
        sql = f"SELECT id FROM customers WHERE {cond} LIMIT :n"
    return list(s.execute(text(sql), {**pats, "n": limit}).scalars())


def _one_edit(word: str) -> list[str]:
    """The word as typed and with one typo undone: two letters swapped back, or one letter too
    many dropped ("smtih" -> "smith", "olivai" -> "olivia", "mooreau" -> "moreau")."""
    out = [word]
    out += [word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1) if word[i] != word[i + 1]]
    out += [word[:i] + word[i + 1 :] for i in range(len(word))]
    return [w for w in dict.fromkeys(out) if len(w) >= 3]


def _edit_ids(s: Session, words: list[str], limit: int) -> list[int]:
    """Names holding every word, each as typed or with one typo undone, through the name index
    (fast: no ranking of every name that shares a few letters)."""
    groups = [_one_edit(w) for w in words[:3] if len(w) >= 4]
    if not groups or len(groups) != len(words[:3]):
        return []
    if s.get_bind().dialect.name == "sqlite":
        match = " AND ".join("(" + " OR ".join('"' + v.replace('"', "") + '"' for v in g) + ")" for g in groups)
        sql, params = "SELECT rowid FROM customer_fts WHERE customer_fts MATCH :m LIMIT :n", {"m": match}
    else:
        expr = "lower(coalesce(full_name, '') || ' ' || coalesce(preferred_name, ''))"
        params = {}
        conds = []
        for gi, g in enumerate(groups):
            for vi, v in enumerate(g):
                params[f"p{gi}_{vi}"] = "%" + v.replace("%", "").replace("_", "") + "%"
            conds.append("(" + " OR ".join(f"{expr} LIKE :p{gi}_{vi}" for vi in range(len(g))) + ")")
        sql = f"SELECT id FROM customers WHERE {' AND '.join(conds)} LIMIT :n"
    return list(s.execute(text(sql), {**params, "n": limit}).scalars())


def _fuzzy_ids(s: Session, query: str, limit: int) -> list[int]:
    """Nothing matched exactly: the names sharing the most three-letter pieces ("Moreu" -> "Moreau")."""
    q = " ".join(query.lower().split())
    if s.get_bind().dialect.name == "sqlite":
        grams = {q[i : i + 3] for i in range(len(q) - 2) if " " not in q[i : i + 3]}
        if not grams:
            return []
        match = " OR ".join('"' + g.replace('"', '""') + '"' for g in sorted(grams))
        return list(
            s.execute(
                text("SELECT rowid FROM customer_fts WHERE customer_fts MATCH :m ORDER BY rank LIMIT :n"),
                {"m": match, "n": limit},
            ).scalars()
        )
    expr = "lower(coalesce(full_name, '') || ' ' || coalesce(preferred_name, ''))"
    return list(
        s.execute(
            text(f"SELECT id FROM customers WHERE {expr} % :q ORDER BY similarity({expr}, :q) DESC LIMIT :n"),
            {"q": q, "n": limit},
        ).scalars()
    )


def find(db: Database, text_: str, limit: int = 20) -> list[CustomerSummary]:
    """Loyalty card or email exactly, phone by its digits, or name words (any order, typos
    forgiven when nothing matches as typed)."""
    query = clean(text_).strip()[:200]
    if not query:
        return []
    with db.read() as s:
        # one index at a time (an OR of the two scanned the table on SQLite)
        ids: list[int] = list(s.execute(select(Customer.id).where(Customer.loyalty_card == query)).scalars())
        if not ids and "@" in query:  # ix_customers_email_lower (migration 0013)
            ids = list(s.execute(select(Customer.id).where(func.lower(Customer.email) == query.lower())).scalars())
        if not ids and " " not in query:  # a scanned receipt, return or voucher barcode: its customer
            found = receipt_scan.customer_for(s, query)
            ids = [found] if found is not None else []
        digits = _digits(query)
        if not ids and len(digits) >= 7 and len(digits) >= len(query.replace(" ", "")) - 4:
            ids = _phone_ids(s, digits, limit)
        words = [w for w in query.lower().split() if w][:6]
        if not ids and words:
            ids = (
                _name_ids(s, words, limit)
                if all(len(w) >= 3 for w in words)
                else list(
                    s.execute(
                        select(Customer.id)
                        .where(
                            *[
                                func.lower(
                                    func.coalesce(Customer.full_name, "")
                                    + " "
                                    + func.coalesce(Customer.preferred_name, "")
                                ).like(f"%{w}%")
                                for w in words
                            ]
                        )
                        .limit(limit)
                    ).scalars()
                )
            )
            if not ids and len(query) >= 4:
                ids = _edit_ids(s, words, limit) or _fuzzy_ids(s, query, limit)
        if not ids:
            return []
        summary = (Customer.id, Customer.full_name, Customer.preferred_name, Customer.phone, Customer.email)
        picked = s.execute(  # the summary's columns only: loading whole records cost more than finding them
            select(*summary, Customer.loyalty_card).where(Customer.id.in_(ids), Customer.erased_at.is_(None))
        ).all()
        rows = {r.id: r for r in picked}
        return [
            CustomerSummary(c.id, c.full_name or "(erased)", c.preferred_name, c.phone, c.email, c.loyalty_card)
            for c in (rows[i] for i in ids if i in rows)
        ]


def profile(db: Database, customer_id: int, recent: int = 15) -> CustomerProfile:
    with db.read() as s:
        c = s.get(Customer, customer_id)
        if c is None:
            raise NotFound(tr("That customer is not on file any more."))
        alerts = s.execute(
            select(CustomerAlert, Staff.name)
            .outerjoin(Staff, Staff.id == CustomerAlert.author_id)
            .where(CustomerAlert.customer_id == c.id, CustomerAlert.active.is_(True))
        ).all()
        alert_dtos = sorted(
            (Alert(a.id, a.kind, a.severity, a.text, who) for a, who in alerts),
            key=lambda a: (SEVERITY_ORDER.get(a.severity, 9), a.id),
        )
        tags = tuple(
            s.execute(
                select(CustomerTag.tag).where(CustomerTag.customer_id == c.id).order_by(CustomerTag.tag)
            ).scalars()
        )
        items = s.execute(
            select(Interaction, Staff.name)
            .outerjoin(Staff, Staff.id == Interaction.staff_id)
            .where(Interaction.customer_id == c.id)
            .order_by(Interaction.opened_at.desc())
            .limit(recent)
        ).all()
        timeline = tuple(
            TimelineItem(i.opened_at, i.channel, i.topic, i.outcome, i.body, who, i.csat) for i, who in items
        )
        follow = s.execute(
            select(func.count()).select_from(FollowUp).where(FollowUp.customer_id == c.id, FollowUp.status == "open")
        ).scalar_one()
        related = s.get(Customer, c.related_customer_id) if c.related_customer_id else None
        dates = tuple(
            f"{d.label} {d.day} {calendar.month_abbr[d.month]}"
            for d in s.execute(
                select(CustomerDate)
                .where(CustomerDate.customer_id == c.id)
                .order_by(CustomerDate.month, CustomerDate.day)
            ).scalars()
        )
        return CustomerProfile(
            c.id,
            c.full_name or "(erased)",
            c.preferred_name,
            c.pronunciation,
            c.phone,
            c.email,
            c.loyalty_card,
            c.preferred_channel,
            dict(c.preferences or {}),
            c.lifetime_free_shipping,
            tuple(alert_dtos),
            tags,
            timeline,
            follow,
            related.id if related else None,
            related.full_name if related else None,
            c.relation,
            dates,
            tuple(
                n for n, ok in (("email", c.consent_email), ("sms", c.consent_sms), ("phone", c.consent_phone)) if ok
            ),
        )


class Customers:
    """The customer pane's capability: find, profile, timeline, and keeping the record."""

    def __init__(self, db: Database, *, backup_dir: Path | None = None, receipt_dirs: tuple[Path, ...] = ()) -> None:
        self._db = db
        self._backup_dir, self._receipt_dirs = backup_dir, receipt_dirs  # erasure: marks and PDF files

    def find(self, text_: str, limit: int = 20) -> list[CustomerSummary]:
        return find(self._db, text_, limit)

    def profile(self, customer_id: int, recent: int = 15) -> CustomerProfile:
        return profile(self._db, customer_id, recent)

    def timeline(self, customer_id: int, **kw: Any) -> list[customer_records.TimelineEntry]:
        return customer_records.timeline(self._db, customer_id, **kw)

    def create(self, session: StaffSession, **kw: Any) -> int:
        return customer_records.create(self._db, staff=session, **kw)

    def add_alert(self, session: StaffSession, customer_id: int, **kw: Any) -> int:
        return customer_records.add_alert(self._db, customer_id, staff=session, **kw)

    def remove_alert(self, session: StaffSession, alert_id: int) -> None:
        customer_records.remove_alert(self._db, alert_id, session)

    def export(self, session: StaffSession, customer_id: int) -> dict[str, Any]:
        return customer_records.export(self._db, customer_id, session, receipt_dirs=self._receipt_dirs)

    def erase(self, session: StaffSession, customer_id: int) -> str:
        return customer_records.erase(
            self._db, customer_id, session, backup_dir=self._backup_dir, receipt_dirs=self._receipt_dirs
        )
