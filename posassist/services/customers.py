"""Find a customer and show who they are: name, alerts, preferences, what happened before."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime
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
from posassist.services import customer_edit, customer_merge, customer_occasions, customer_records
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


# What a result row holds (CustomerSummary), read in the same statement that finds it: a second
# round trip for the rows cost more than the search on PostgreSQL.
_COLS = "id, full_name, preferred_name, phone, email, loyalty_card"
_ROWS = f"SELECT {_COLS} FROM customers WHERE erased_at IS NULL AND id IN "
_C_COLS = ", ".join(f"c.{c.strip()}" for c in _COLS.split(","))


def _fts_rows(where: str) -> str:
    """SQLite: the names the FTS5 table finds, then each customer by its key (an IN list of the
    matches made SQLite scan the customers table: EXPLAIN QUERY PLAN 'SCAN customers')."""
    return (
        f"SELECT {_C_COLS} FROM (SELECT rowid AS rid FROM customer_fts WHERE {where} LIMIT :n) f"
        " JOIN customers c ON c.id = f.rid WHERE c.erased_at IS NULL"
    )


NAME_PG = "lower(coalesce(full_name, '') || ' ' || coalesce(preferred_name, ''))"
NAME_WORDS_PG = f"string_to_array({NAME_PG}, ' ')"  # migration 0020 indexes exactly this
Row = tuple[Any, ...]


def _rows(s: Session, sql: str, params: dict[str, Any]) -> list[Row]:
    return [tuple(r) for r in s.execute(text(sql), params).all()]


def _key_rows(s: Session, query: str) -> list[Row]:
    """The loyalty card, else (with an @) the e-mail: one statement, each branch on its own index
    (an OR of the two scanned the table on SQLite)."""
    sql = f"SELECT 0 AS k, {_COLS} FROM customers WHERE loyalty_card = :q AND erased_at IS NULL"
    if "@" in query:  # ix_customers_email_lower (migration 0013)
        sql += f" UNION ALL SELECT 1 AS k, {_COLS} FROM customers WHERE lower(email) = :e AND erased_at IS NULL"
    rows = _rows(s, sql, {"q": query, "e": query.lower()})
    first = min((r[0] for r in rows), default=0)
    return [r[1:] for r in rows if r[0] == first]


def _phone_rows(s: Session, digits: str, limit: int) -> list[Row]:
    """Customers whose phone is the typed number (or its local part, or it with a country code):
    candidates by the indexed last seven digits (ix_customers_phone_tail), then checked whole."""
    tail = customer_keys.phone_tail_sql(s.get_bind().dialect.name)
    rows = _rows(
        s,
        f"SELECT {_COLS} FROM customers WHERE {tail} = :tail AND erased_at IS NULL ORDER BY id LIMIT 500",
        {"tail": digits[-customer_keys.TAIL :]},
    )
    return [r for r in rows if customer_keys.same_phone(digits, r[3])][:limit]


def _like(word: str) -> str:
    return "%" + word.replace("%", "").replace("_", "") + "%"


def _name_rows(s: Session, words: list[str], limit: int) -> list[Row]:
    """Customers whose name holds every word (substring), through the trigram index."""
    pats = {f"w{i}": _like(w) for i, w in enumerate(words)}
    if s.get_bind().dialect.name == "sqlite":
        cond = " AND ".join(f"name LIKE :w{i}" for i in range(len(words)))
        sql = _fts_rows(cond)
    else:
        cond = " AND ".join(f"{NAME_PG} LIKE :w{i}" for i in range(len(words)))
        sql = f"SELECT {_COLS} FROM customers WHERE {cond} AND erased_at IS NULL LIMIT :n"
    return _rows(s, sql, {**pats, "n": limit})


def _one_edit(word: str) -> list[str]:
    """The word as typed and with one typo undone: two letters swapped back, or one letter too
    many dropped ("smtih" -> "smith", "olivai" -> "olivia", "mooreau" -> "moreau")."""
    out = [word]
    out += [word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1) if word[i] != word[i + 1]]
    out += [word[:i] + word[i + 1 :] for i in range(len(word))]
    return [w for w in dict.fromkeys(out) if len(w) >= 3]


def _edit_rows(s: Session, words: list[str], limit: int) -> list[Row]:
    """Names holding every word, each as typed or with one typo undone, through the name index
    (fast: no ranking of every name that shares a few letters). On PostgreSQL each word is one
    probe of the name-words index (migration 0020) with its spellings as whole words."""
    groups = [_one_edit(w) for w in words[:3] if len(w) >= 4]
    if not groups or len(groups) != len(words[:3]):
        return []
    if s.get_bind().dialect.name == "sqlite":
        match = " AND ".join("(" + " OR ".join('"' + v.replace('"', "") + '"' for v in g) + ")" for g in groups)
        sql = _fts_rows("customer_fts MATCH :m")
        return _rows(s, sql, {"m": match, "n": limit})
    # The spellings as a sub-select: the planner, seeing a dozen rare words as constants, guessed
    # most names match and scanned the table; as a parameter it probes the index (EXPLAIN ANALYZE:
    # 2.4 s -> under 1 ms on 100 k customers). MATERIALIZED: planned for every match, not for the
    # LIMIT (which bet on a sequential scan finding 20 early).
    cond = " AND ".join(f"{NAME_WORDS_PG} && (SELECT CAST(:g{i} AS text[]))" for i in range(len(groups)))
    sql = (
        f"WITH m AS MATERIALIZED (SELECT {_COLS} FROM customers WHERE {cond} AND erased_at IS NULL) "
        "SELECT * FROM m LIMIT :n"
    )
    return _rows(s, sql, {**{f"g{i}": g for i, g in enumerate(groups)}, "n": limit})


def _fuzzy_rows(s: Session, query: str, limit: int) -> list[Row]:
    """Nothing matched exactly: the names sharing the most three-letter pieces ("Moreu" -> "Moreau")."""
    q = " ".join(query.lower().split())
    if s.get_bind().dialect.name == "sqlite":
        grams = {q[i : i + 3] for i in range(len(q) - 2) if " " not in q[i : i + 3]}
        if not grams:
            return []
        match = " OR ".join('"' + g.replace('"', '""') + '"' for g in sorted(grams))
        ids = list(
            s.execute(
                text("SELECT rowid FROM customer_fts WHERE customer_fts MATCH :m ORDER BY rank LIMIT :n"),
                {"m": match, "n": limit},
            ).scalars()
        )
    else:
        ids = list(
            s.execute(
                text(f"SELECT id FROM customers WHERE {NAME_PG} % :q ORDER BY similarity({NAME_PG}, :q) DESC LIMIT :n"),
                {"q": q, "n": limit},
            ).scalars()
        )
    if not ids:
        return []
    by_id = {r[0]: r for r in _rows(s, f"{_ROWS}({', '.join(str(int(i)) for i in ids)})", {})}
    return [by_id[i] for i in ids if i in by_id]  # ranked: most alike first


def _short_word_rows(s: Session, words: list[str], limit: int) -> list[Row]:
    """A word under three letters (no trigram to use): the names holding every word."""
    expr = "lower(coalesce(full_name, '') || ' ' || coalesce(preferred_name, ''))"
    cond = " AND ".join(f"{expr} LIKE :w{i}" for i in range(len(words)))
    sql = f"SELECT {_COLS} FROM customers WHERE {cond} AND erased_at IS NULL LIMIT :n"
    return _rows(s, sql, {**{f"w{i}": _like(w) for i, w in enumerate(words)}, "n": limit})


def find(db: Database, text_: str, limit: int = 20) -> list[CustomerSummary]:
    """Loyalty card or email exactly, phone by its digits, or name words (any order, typos
    forgiven when nothing matches as typed). Each step is one statement that returns the rows."""
    query = clean(text_).strip()[:200]
    if not query:
        return []
    with db.read() as s:
        rows = _key_rows(s, query)
        digits = _digits(query)
        # a scanned receipt, return or voucher barcode: its customer (a name in letters only is
        # never one of those numbers, and skips their three look-ups)
        if not rows and " " not in query and not query.isalpha():
            found = receipt_scan.customer_for(s, query)
            rows = _rows(s, f"{_ROWS}(:i)", {"i": found}) if found is not None else []
        if not rows and len(digits) >= 7 and len(digits) >= len(query.replace(" ", "")) - 4:
            rows = _phone_rows(s, digits, limit)
        words = [w for w in query.lower().split() if w][:6]
        if not rows and words:
            rows = _name_rows(s, words, limit) if all(len(w) >= 3 for w in words) else _short_word_rows(s, words, limit)
            if not rows and len(query) >= 4:
                rows = _edit_rows(s, words, limit) or _fuzzy_rows(s, query, limit)
    return [
        CustomerSummary(i, name or "(erased)", pref, phone, email, card) for i, name, pref, phone, email, card in rows
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

    # keeping the record up and merging (services/customer_edit.py, customer_merge.py)
    def record(self, customer_id: int) -> customer_edit.CustomerRecord:
        return customer_edit.record(self._db, customer_id)

    def update(
        self, session: StaffSession, customer_id: int, changes: dict[str, Any], **kw: Any
    ) -> customer_edit.CustomerRecord:
        return customer_edit.update(self._db, session, customer_id, changes, **kw)

    def history(self, customer_id: int) -> list[customer_edit.Change]:
        return customer_edit.history(self._db, customer_id)

    def add_date(self, session: StaffSession, customer_id: int, **kw: Any) -> int:
        return customer_occasions.add_date(self._db, session, customer_id, **kw)

    def remove_date(self, session: StaffSession, customer_id: int, date_id: int) -> None:
        customer_occasions.remove_date(self._db, session, customer_id, date_id)

    def link(self, session: StaffSession, customer_id: int, other_id: int, relation: str) -> int:
        return customer_occasions.link(self._db, session, customer_id, other_id, relation)

    def unlink(self, session: StaffSession, customer_id: int, other_id: int) -> None:
        customer_occasions.unlink(self._db, session, customer_id, other_id)

    def occasions_due(self, store_id: int | None, today: date, **kw: Any) -> list[customer_edit.OccasionDue]:
        return customer_occasions.occasions_due(self._db, store_id, today, **kw)

    def merge_preview(self, keep_id: int, other_id: int) -> customer_merge.MergePreview:
        return customer_merge.preview(self._db, keep_id, other_id)

    def merge(self, session: StaffSession, keep_id: int, other_id: int) -> customer_merge.MergeResult:
        return customer_merge.merge(self._db, session, keep_id, other_id)

    def unmerge(self, session: StaffSession, merge_id: int | None = None, **kw: Any) -> customer_edit.CustomerRecord:
        return customer_merge.unmerge(self._db, session, merge_id, **kw)
