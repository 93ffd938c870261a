"""Matching the people an import names to posassist's customers, and merging what it learns:
by the source's customer id, the e-mail (case-folded) or the phone (E.164, phonenumbers) — in
that order — so a second import or another file never duplicates anyone. The index of every
customer's keys is held in memory (a few tens of MB for 100,000 customers); writes are batched."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, select, text, update
from sqlalchemy.orm import Session

from posassist.db.bulk import insert_rows
from posassist.db.tables.customers import Customer, CustomerSource, CustomerTag
from posassist.services.sales_import import cells
from posassist.services.sales_import.ids import reserve_ids
from posassist.services.sales_import.model import Person

CUSTOMERS = Customer.metadata.tables["customers"]
SOURCES = Customer.metadata.tables["customer_sources"]
TAGS = Customer.metadata.tables["customer_tags"]
_FIELDS = ("full_name", "email", "phone", "address", "consent_email", "consent_sms")
# SQLite keeps the customers' name search (FTS5, trigram) up to date by a trigger per inserted row,
# which costs most of a bulk load (23 s for 35,000 customers against 4 s set-based): for the length
# of an import the trigger is set aside and each chunk's new customers are indexed in one
# INSERT … SELECT built from the trigger's own statement; the trigger is put back before commit
# (and by the rollback, DDL being transactional on SQLite, if the import fails).
SEARCH_TRIGGER = "customer_fts_ai"
INDEX_AT_ONCE = 20_000  # new customers indexed for the search together, as the import goes on
_TRIGGER_BODY = re.compile(
    r"BEGIN\s+INSERT\s+INTO\s+(\w+)\s*\(([^)]*)\)\s*VALUES\s*\((.*)\)\s*;\s*END\s*$", re.I | re.S
)


# What the merge needs to know of a customer the import touched, as the bits of one small int (a
# record of its fields cost ~300 bytes per customer, with their texts): which contact details
# they have, and their marketing consent.
HAS_NAME, HAS_EMAIL, HAS_PHONE, HAS_ADDRESS, CONSENT_EMAIL, CONSENT_SMS = (1 << i for i in range(6))


def _known(name: object, email: object, phone: object, address: object, consent_email: bool, consent_sms: bool) -> int:
    return (
        (HAS_NAME if name else 0)
        | (HAS_EMAIL if email else 0)
        | (HAS_PHONE if phone else 0)
        | (HAS_ADDRESS if address else 0)
        | (CONSENT_EMAIL if consent_email else 0)
        | (CONSENT_SMS if consent_sms else 0)
    )


@dataclass
class Match:
    id: int | None
    created: bool = False
    updated: bool = False
    merged: bool = False  # the keys named two records; the file's facts went to one of them


@dataclass
class People:
    """The customers' keys and the writes waiting for the end of the chunk."""

    source: str
    region: str
    dry: bool
    by_email: dict[str, int] = field(default_factory=dict)
    by_phone: dict[str, int] = field(default_factory=dict)
    by_source: dict[str, int] = field(default_factory=dict)  # this source's customer ids
    known: dict[int, int] = field(default_factory=dict)  # only those the import touched (_known)
    new_rows: list[dict[str, Any]] = field(default_factory=list)
    new_sources: list[dict[str, Any]] = field(default_factory=list)
    source_updates: list[dict[str, Any]] = field(default_factory=list)
    changes: dict[int, dict[str, Any]] = field(default_factory=dict)
    new_tags: list[dict[str, Any]] = field(default_factory=list)
    tags: dict[int, set[str]] = field(default_factory=dict)
    fill_e164: list[dict[str, Any]] = field(default_factory=list)
    source_hash: dict[str, str | None] = field(default_factory=dict)
    _fake_id: int = -1
    _ids: list[int] = field(default_factory=list)
    _trigger: str | None = None  # the search trigger's SQL while it is set aside
    _index_new: str | None = None  # the set-based statement that does its work
    _unindexed: list[int] = field(default_factory=list)  # new customers the search has not yet

    @classmethod
    def load(cls, s: Session, source: str, region: str, dry: bool) -> People:
        p = cls(source, region, dry)
        q = select(Customer.id, Customer.email, Customer.phone, Customer.phone_e164).where(Customer.erased_at.is_(None))
        for cid, email, phone, e164 in s.execute(q):
            if email:
                p.by_email.setdefault(email.casefold(), cid)
            if phone and not e164:
                e164, _ = cells.phone(phone, region)
                if e164:
                    p.fill_e164.append({"b_id": cid, "phone_e164": e164})
            if e164:
                p.by_phone.setdefault(e164, cid)
        for ext, cid, h in s.execute(
            select(CustomerSource.external_id, CustomerSource.customer_id, CustomerSource.import_hash).where(
                CustomerSource.source == source
            )
        ):
            p.by_source[ext] = cid
            p.source_hash[ext] = h
        return p

    # -- matching

    def match(self, s: Session, person: Person, now: datetime, digest: str | None = None) -> Match:
        if not person.identified:
            return Match(None)
        ids = []
        if person.source_id and person.source_id in self.by_source:
            ids.append(self.by_source[person.source_id])
        if person.email and person.email in self.by_email:
            ids.append(self.by_email[person.email])
        if person.phone and person.phone in self.by_phone:
            ids.append(self.by_phone[person.phone])
        if not ids:
            return Match(self._create(person, now, digest), created=True)
        cid = ids[0]
        merged = len(set(ids)) > 1
        updated = self._merge(s, cid, person, now)
        if person.source_id and person.source_id not in self.by_source:
            self.by_source[person.source_id] = cid
            self.new_sources.append(self._source_row(person, cid, now, digest))
            updated = True
        elif person.source_id and digest is not None and self.source_hash.get(person.source_id) != digest:
            self.source_updates.append({"b_ext": person.source_id, **self._source_facts(person), "import_hash": digest})
            self.source_hash[person.source_id] = digest
            updated = True
        self._tags(s, cid, person)
        return Match(cid, updated=updated, merged=merged)

    def _create(self, person: Person, now: datetime, digest: str | None) -> int:
        if self.dry:
            cid, self._fake_id = self._fake_id, self._fake_id - 1
        else:
            cid = -1  # assigned in flush
        row: dict[str, Any] = {
            "public_id": _uuid4(),
            "full_name": person.name,
            "email": person.email,
            "phone": person.phone_text or person.phone,
            "phone_e164": person.phone,
            "address": person.address,
            "consent_email": bool(person.consent_email),
            "consent_sms": bool(person.consent_sms),
            "consent_phone": False,
            "lifetime_free_shipping": False,
            "created_at": now,
            "updated_at": now,
        }
        if not self.dry:
            cid = self._ids.pop()
            row["id"] = cid
            self.new_rows.append(row)
        if person.email:
            self.by_email[person.email] = cid
        if person.phone:
            self.by_phone.setdefault(person.phone, cid)
        if person.source_id:
            self.by_source[person.source_id] = cid
            self.new_sources.append(self._source_row(person, cid, now, digest))
            self.source_hash[person.source_id] = digest
        self.known[cid] = _known(
            person.name,
            person.email,
            person.phone_text or person.phone,
            person.address,
            bool(person.consent_email),
            bool(person.consent_sms),
        )
        if person.tags and not self.dry:
            self.tags[cid] = set(person.tags)
            self.new_tags += [{"customer_id": cid, "tag": t} for t in person.tags]
        return cid

    def reserve(self, s: Session, n: int) -> None:
        """Ids for up to ``n`` new customers of the next chunk (unused ones are left as gaps)."""
        if not self.dry and n:
            self._ids = reserve_ids(s.connection(), "customers", n)[::-1]

    def _source_facts(self, person: Person) -> dict[str, Any]:
        return {
            "tax_exempt": person.tax_exempt,
            "total_spent_minor": person.total_spent_minor,
            "total_orders": person.total_orders,
            "currency": person.currency,
            "note": person.note,
        }

    def _source_row(self, person: Person, cid: int, now: datetime, digest: str | None) -> dict[str, Any]:
        return {
            "source": self.source,
            "external_id": person.source_id,
            "customer_id": cid,
            **self._source_facts(person),
            "import_hash": digest,
            "imported_at": now,
        }

    def _load_known(self, s: Session, cid: int) -> int:
        k = self.known.get(cid)
        if k is None:
            r = s.execute(select(*(getattr(Customer, f) for f in _FIELDS)).where(Customer.id == cid)).one()
            k = self.known[cid] = _known(r[0], r[1], r[2], r[3], bool(r[4]), bool(r[5]))
        return k

    def _merge(self, s: Session, cid: int, person: Person, now: datetime) -> bool:
        """What the source adds to a known customer: contact details they had none of, and marketing
        consent as the source says it now (never guessed where the source is silent)."""
        if cid < 0:  # created earlier in this dry run
            return False
        k = self._load_known(s, cid)
        change: dict[str, Any] = {}
        if person.name and not k & HAS_NAME:
            change["full_name"] = person.name
            k |= HAS_NAME
        if person.email and not k & HAS_EMAIL:
            change["email"] = person.email
            k |= HAS_EMAIL
            self.by_email.setdefault(person.email, cid)
        if person.phone and not k & HAS_PHONE:
            change["phone"] = person.phone_text or person.phone
            change["phone_e164"] = person.phone
            k |= HAS_PHONE
            self.by_phone.setdefault(person.phone, cid)
        if person.address and not k & HAS_ADDRESS:
            change["address"] = person.address
            k |= HAS_ADDRESS
        if person.consent_email is not None and person.consent_email != bool(k & CONSENT_EMAIL):
            change["consent_email"] = person.consent_email
            k ^= CONSENT_EMAIL
        if person.consent_sms is not None and person.consent_sms != bool(k & CONSENT_SMS):
            change["consent_sms"] = person.consent_sms
            k ^= CONSENT_SMS
        if change:
            self.known[cid] = k
            change["updated_at"] = now
            self.changes.setdefault(cid, {}).update(change)
        return bool(change)

    def _tags(self, s: Session, cid: int, person: Person) -> None:
        if not person.tags or cid < 0 or self.dry:
            return
        have = self.tags.get(cid)
        if have is None:
            have = self.tags[cid] = set(
                s.execute(select(CustomerTag.tag).where(CustomerTag.customer_id == cid)).scalars()
            )
        for t in person.tags:
            if t not in have:
                have.add(t)
                self.new_tags.append({"customer_id": cid, "tag": t})

    # -- writing

    def flush(self, s: Session) -> None:
        if self.dry:
            self.new_rows, self.new_sources, self.changes, self.new_tags, self.source_updates = [], [], {}, [], []
            self.fill_e164 = []
            return
        if self.fill_e164:
            s.execute(
                update(CUSTOMERS).where(CUSTOMERS.c.id == bindparam("b_id")).values(phone_e164=bindparam("phone_e164")),
                self.fill_e164,
            )
            self.fill_e164 = []
        if self.new_rows:
            self._bulk_search(s)
            _bulk(s, "customers", self.new_rows)
            if self._index_new:
                self._unindexed.extend(int(r["id"]) for r in self.new_rows)
                if len(self._unindexed) >= INDEX_AT_ONCE:
                    self._index(s)  # while the parsing process works, not after it
            self.new_rows = []
        if self.new_sources:
            _bulk(s, "customer_sources", self.new_sources)
            self.new_sources = []
        if self.source_updates:
            t = SOURCES
            cols: dict[str, Any] = {k: bindparam(k) for k in self.source_updates[0] if k != "b_ext"}
            s.execute(
                update(t).where(t.c.source == self.source, t.c.external_id == bindparam("b_ext")).values(**cols),
                self.source_updates,
            )
            self.source_updates = []
        if self.changes:
            t = CUSTOMERS
            by_shape: dict[tuple[str, ...], list[dict[str, Any]]] = {}
            for cid, change in self.changes.items():
                by_shape.setdefault(tuple(sorted(change)), []).append({"b_id": cid, **change})
            for shape, rows in by_shape.items():
                s.execute(update(t).where(t.c.id == bindparam("b_id")).values(**{k: bindparam(k) for k in shape}), rows)
            self.changes = {}
        if self.new_tags:
            _bulk(s, "customer_tags", self.new_tags)
            self.new_tags = []

    def _bulk_search(self, s: Session) -> None:
        """Set the per-row search trigger aside (SQLite) for set-based indexing; see SEARCH_TRIGGER."""
        conn = s.connection()
        if self._trigger or conn.dialect.name != "sqlite":
            return
        sql = conn.execute(
            text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :n"), {"n": SEARCH_TRIGGER}
        ).scalar()
        m = _TRIGGER_BODY.search(sql or "")
        if not sql or not m or ";" in m.group(3):
            return  # not the statement we know: leave the trigger to do its work
        target, columns, values = m.group(1), m.group(2), re.sub(r"\bnew\.", "", m.group(3), flags=re.I)
        # by a run of consecutive ids (the new customers' are: reserved together, one chunk after
        # another; a list of 20,000 ids in the statement cost SQLite ~10 MB to compile); a new
        # customer whose name a later order filled in is indexed already (the update's trigger,
        # customer_fts_au, indexed them): not a second time
        self._index_new = (
            f"INSERT INTO {target} ({columns}) SELECT {values} FROM customers WHERE id BETWEEN {{lo}} AND {{hi}}"
            f" AND id NOT IN (SELECT rowid FROM {target} WHERE rowid BETWEEN {{lo}} AND {{hi}})"
        )
        self._trigger = sql
        conn.exec_driver_sql(f"DROP TRIGGER {SEARCH_TRIGGER}")

    def _index(self, s: Session) -> None:
        if self._index_new:
            for lo, hi in _runs(self._unindexed):
                s.connection().exec_driver_sql(self._index_new.format(lo=int(lo), hi=int(hi)))
        self._unindexed = []

    def close(self, s: Session) -> None:
        """The end of the import's writes: the new customers indexed for the search, in a few
        statements (chunk by chunk, the full-text index merged its segments again and again:
        80,000 customers 2.9 s), and the search trigger back as it was."""
        self._index(s)
        if self._trigger:
            s.connection().exec_driver_sql(self._trigger)
            self._trigger = self._index_new = None


def _runs(ids: list[int]) -> list[tuple[int, int]]:
    """``ids`` as runs of consecutive ids (first, last), in order."""
    runs: list[tuple[int, int]] = []
    for i in sorted(set(ids)):
        if runs and i == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    return runs


def _uuid4() -> str:
    """A random (version 4) UUID as text, as str(uuid.uuid4()) gives it, without the UUID object."""
    h = os.urandom(16).hex()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{_VARIANT[h[16]]}{h[17:20]}-{h[20:]}"


_VARIANT = {c: "89ab"[int(c, 16) & 3] for c in "0123456789abcdef"}


def _bulk(s: Session, table: str, rows: list[dict[str, Any]]) -> None:
    """Plain tuples in one executemany (COPY on PostgreSQL): no ORM, no per-row type processing.
    Times go in aware: psycopg sends them with their offset, and on SQLite the driver's adapter
    (db.engine: stored_time.sqlite_text) writes UTCDateTime's text."""
    cols = list(rows[0])
    insert_rows(s.connection(), table, cols, [[r[c] for c in cols] for r in rows])
