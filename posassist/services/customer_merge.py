"""Merging a duplicate customer into the record kept, and putting it back until the day closes.

Everything that points at the duplicate moves to the kept record: notes and contacts, sales,
returns, exceptions (goodwill, approvals), alerts, tags, dates, consents, store credit, follow-ups,
records in other systems, related customers — found through the schema's foreign keys, so a table
added later (holds, promises) moves too. What moved is recorded row by row (``customer_merges``),
so ``unmerge`` puts each row back; rows that would be duplicates on the kept record (a tag both
have, a consent both gave: the newer statement wins) are removed and recorded whole. The kept
record takes the duplicate's contact details where it has none; the duplicate keeps nothing that
a search would find. After the day's closing record (``report day``) a merge is final.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import exists, insert, or_, select, update
from sqlalchemy.orm import Session

from posassist.db.retry import retrying
from posassist.db.session import Database
from posassist.db.tables import Base
from posassist.db.tables.audit import AuditEntry
from posassist.db.tables.base import utcnow
from posassist.db.tables.customers import Customer, CustomerChange, CustomerConsent, CustomerMerge
from posassist.domain.permissions import Action
from posassist.errors import Conflict, InvalidInput, NotFound
from posassist.i18n import tr
from posassist.services import audit, sessions
from posassist.services.customer_edit import CustomerRecord, _read
from posassist.services.customer_merge_rows import (
    as_json,
    conflicting,
    is_datetime,
    pk_of,
    pk_where,
    read_back,
    refs,
    restore_row,
)
from posassist.services.dto import StaffSession

__all__ = ["FILL", "IDENTITY", "MergePreview", "MergeResult", "merge", "preview", "unmerge"]

# the kept record takes these from the duplicate when it has none of its own
FILL = (
    "preferred_name",
    "pronunciation",
    "email",
    "phone",
    "phone_e164",
    "loyalty_card",
    "address",
    "birth_year",
    "preferred_channel",
    "preferred_language",
    "home_store_id",
)
# what a search finds the duplicate by: cleared on it (kept in the merge record for unmerge)
IDENTITY = (
    "full_name",
    "preferred_name",
    "pronunciation",
    "email",
    "phone",
    "phone_e164",
    "loyalty_card",
    "address",
    "birth_year",
    "preferred_channel",
    "preferred_language",
    "preferences",
    "home_store_id",
)


@dataclass(frozen=True)
class MergePreview:
    keep_id: int
    keep_name: str
    other_id: int
    other_name: str
    moves: tuple[tuple[str, int], ...]  # (table, rows) that move: "sales", "interactions", …
    fills: tuple[tuple[str, str], ...]  # (field, value) the kept record takes from the duplicate

    def as_dict(self) -> dict[str, Any]:
        return {
            "keep": {"id": self.keep_id, "name": self.keep_name},
            "other": {"id": self.other_id, "name": self.other_name},
            "moves": dict(self.moves),
            "fills": dict(self.fills),
        }


@dataclass(frozen=True)
class MergeResult:
    merge_id: int
    kept: CustomerRecord
    moved: tuple[tuple[str, int], ...]

    def as_dict(self) -> dict[str, Any]:
        return {"merge_id": self.merge_id, "kept": self.kept.id, "moved": dict(self.moved)}


def _pair(s: Session, keep_id: int, other_id: int) -> tuple[Customer, Customer]:
    if keep_id == other_id:
        raise InvalidInput(tr("Choose two different customers to merge."), field="other")
    keep, other = s.get(Customer, keep_id), s.get(Customer, other_id)
    for cid, c in ((keep_id, keep), (other_id, other)):
        if c is None:
            raise NotFound(tr("There is no customer {customer_id}.", customer_id=cid))
    assert keep is not None and other is not None
    for c in (keep, other):
        if c.erased_at is not None:
            raise Conflict(tr("Customer {customer_id} was erased; an erased record is not merged.", customer_id=c.id))
        gone = s.execute(
            select(CustomerMerge.kept_id).where(CustomerMerge.merged_id == c.id, CustomerMerge.undone_at.is_(None))
        ).scalar()
        if gone is not None:
            raise Conflict(
                tr(
                    "Customer {customer_id} was already merged into customer {kept}; use that record.",
                    customer_id=c.id,
                    kept=gone,
                )
            )
    return keep, other


def _empty(v: Any) -> bool:
    return v is None or v == "" or v == {}


def _plan(s: Session, keep: Customer, other: Customer) -> tuple[list[tuple[str, int]], list[tuple[str, Any]]]:
    moves: dict[str, int] = {}
    for table, col in refs():
        n = len(s.execute(select(*table.primary_key.columns).where(col == other.id)).all())
        if table.name == "customers":
            n = len(s.execute(select(table.c.id).where(col == other.id, table.c.id != other.id)).all())
        if n:
            moves[table.name] = moves.get(table.name, 0) + n
    fills = [(f, getattr(other, f)) for f in FILL if _empty(getattr(keep, f)) and not _empty(getattr(other, f))]
    return sorted(moves.items()), fills


def preview(db: Database, keep_id: int, other_id: int) -> MergePreview:
    """What a merge of ``other_id`` into ``keep_id`` would move (nothing is written)."""
    with db.read() as s:
        keep, other = _pair(s, keep_id, other_id)
        moves, fills = _plan(s, keep, other)
        return MergePreview(
            keep.id,
            keep.full_name or "",
            other.id,
            other.full_name or "",
            tuple(moves),
            tuple((f, str(v)) for f, v in fills if f not in ("phone_e164", "home_store_id")),
        )


def _log(s: Session, customer_id: int, field: str, old: str | None, new: str | None, staff_id: int | None) -> None:
    s.add(CustomerChange(customer_id=customer_id, field=field, old_value=old, new_value=new, changed_by=staff_id))


def _move_rows(
    s: Session, keep: Customer, other: Customer
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], dict[str, int]]:
    """Point every row of ``other`` at ``keep``: (moved keys per table, rows removed as duplicates,
    counts)."""
    moved_rows: list[dict[str, Any]] = []
    deleted: list[dict[str, Any]] = []
    counts: dict[str, int] = {}
    for table, col in refs():
        q = select(table).where(col == other.id)
        if table.name == "customers":
            q = q.where(table.c.id != other.id, table.c.id != keep.id)  # the kept one would point at itself
        pks: list[list[Any]] = []  # the moved rows' keys once moved (what unmerge looks for)
        now: list[list[Any]] = []  # and as they are
        for row in s.execute(q).all():
            clash = conflicting(s, table, col, row, keep.id)
            if clash is not None and table.name == "customer_consents" and row.at > clash.at:
                # both said something about this channel: the newer statement counts
                deleted.append({"table": table.name, "row": {k: as_json(v) for k, v in clash._mapping.items()}})
                s.execute(table.delete().where(pk_where(table, [pk_of(table, clash)])))
                clash = None
            if clash is None:
                pks.append(pk_of(table, row, col, keep.id))
                now.append(pk_of(table, row))
                continue
            deleted.append({"table": table.name, "row": {k: as_json(v) for k, v in row._mapping.items()}})
            s.execute(table.delete().where(pk_where(table, [pk_of(table, row)])))
        for i in range(0, len(now), 500):
            part = now[i : i + 500]
            s.execute(update(table).where(pk_where(table, part), col == other.id).values({col.name: keep.id}))
        if pks:
            moved_rows.append({"table": table.name, "column": col.name, "pks": pks})
            counts[table.name] = counts.get(table.name, 0) + len(pks)
    return moved_rows, deleted, counts


def _take_fields(s: Session, keep: Customer, other: Customer) -> tuple[dict[str, Any], dict[str, Any]]:
    """The kept record takes what it lacks; the duplicate keeps nothing a search finds. Returns
    (the duplicate's fields as they were, the kept record's fields changed: [old, new])."""
    snapshot = {f: as_json(getattr(other, f)) for f in IDENTITY}
    fills = {f: getattr(other, f) for f in FILL if _empty(getattr(keep, f)) and not _empty(getattr(other, f))}
    kept_fields: dict[str, Any] = {f: [None, as_json(v)] for f, v in fills.items()}
    if other.preferences:
        prefs = {**other.preferences, **(keep.preferences or {})}
        if prefs != (keep.preferences or {}):
            kept_fields["preferences"] = [keep.preferences, prefs]
    if other.lifetime_free_shipping and not keep.lifetime_free_shipping:
        kept_fields["lifetime_free_shipping"] = [False, True]
    for ch in ("email", "sms", "phone"):  # the statement with a date counts; else either said yes
        flag = f"consent_{ch}"
        stated = s.execute(
            select(CustomerConsent.granted).where(CustomerConsent.customer_id == keep.id, CustomerConsent.channel == ch)
        ).scalar()
        target = bool(stated) if stated is not None else bool(getattr(keep, flag) or getattr(other, flag))
        if target != bool(getattr(keep, flag)):
            kept_fields[flag] = [bool(getattr(keep, flag)), target]
    for f in IDENTITY:
        setattr(other, f, None)
    s.flush()  # the card is free before the kept record takes it
    for f, v in fills.items():
        setattr(keep, f, v)
    for f, (_old, new) in kept_fields.items():
        if f not in fills:
            setattr(keep, f, new)
    return snapshot, kept_fields


@retrying
def merge(db: Database, session: StaffSession, keep_id: int, other_id: int) -> MergeResult:
    """Move everything of ``other_id`` to ``keep_id`` in one transaction (audited)."""
    with db.transaction() as s:
        who = sessions.verify(s, session, Action.CUSTOMER_MERGE)
        keep, other = _pair(s, keep_id, other_id)
        moved_rows, deleted, counts = _move_rows(s, keep, other)
        snapshot, kept_fields = _take_fields(s, keep, other)
        name = snapshot.get("full_name") or ""
        _log(s, keep.id, "merged", None, f"{name} (#{other.id})", who.id)
        _log(s, other.id, "merged", None, f"{tr('into')} {keep.full_name or ''} (#{keep.id})", who.id)
        m = CustomerMerge(
            kept_id=keep.id,
            merged_id=other.id,
            moved={"rows": moved_rows, "deleted": deleted, "duplicate": snapshot, "kept_fields": kept_fields},
            merged_by=who.id,
        )
        s.add(m)
        s.flush()
        audit.record(
            s,
            actor_id=who.id,
            where=who.counter,
            action="customer.merged",
            entity="customer",
            entity_id=keep.public_id,
            payload={"merged": other.public_id, "merge_id": m.id, "moved": counts, "removed": len(deleted)},
        )
        return MergeResult(m.id, _read(s, keep), tuple(sorted(counts.items())))


def _closed_since(s: Session, at: datetime) -> bool:
    from posassist.services.audit_keys import CLOSED  # the day's closing record (report day)

    return bool(s.execute(select(exists().where(AuditEntry.action == CLOSED, AuditEntry.at >= at))).scalar())


@retrying
def unmerge(
    db: Database, session: StaffSession, merge_id: int | None = None, *, customer_id: int | None = None
) -> CustomerRecord:
    """Put a merge back: the rows that moved return to the duplicate, the rows removed come back,
    the kept record gives back what it took. Refused once the day's closing record is written.
    ``customer_id`` (either record of the merge) instead of ``merge_id``: its latest merge. Returns
    the duplicate's record as it is again."""
    with db.transaction() as s:
        who = sessions.verify(s, session, Action.CUSTOMER_MERGE)
        if merge_id is not None:
            m = s.get(CustomerMerge, merge_id)
        else:
            m = s.execute(
                select(CustomerMerge)
                .where(
                    or_(CustomerMerge.kept_id == customer_id, CustomerMerge.merged_id == customer_id),
                    CustomerMerge.undone_at.is_(None),
                )
                .order_by(CustomerMerge.merged_at.desc(), CustomerMerge.id.desc())
                .limit(1)
            ).scalar_one_or_none()
        if m is None:
            raise NotFound(
                tr("There is no merge {merge_id}.", merge_id=merge_id)
                if merge_id is not None
                else tr("Customer {customer_id} has no merge to undo.", customer_id=customer_id)
            )
        if m.undone_at is not None:
            raise Conflict(tr("That merge was undone already."))
        if _closed_since(s, m.merged_at):
            raise Conflict(
                tr(
                    "The day of this merge is closed (report day), so it is final; "
                    "fix the record by editing it instead."
                )
            )
        moved = m.moved or {}
        if moved.get("erased"):
            raise Conflict(tr("A customer of this merge was erased since; it cannot be undone."))
        keep, other = s.get(Customer, m.kept_id), s.get(Customer, m.merged_id)
        assert keep is not None and other is not None
        tables = {t.name: t for t in Base.metadata.sorted_tables}
        for f, (old, new) in (moved.get("kept_fields") or {}).items():
            col = Customer.__table__.columns[f]
            if getattr(keep, f) == read_back(col, new) or f == "preferences":  # unless changed since
                setattr(keep, f, read_back(col, old))
        s.flush()  # the card is free before the duplicate takes it back
        for f, v in (moved.get("duplicate") or {}).items():
            col = Customer.__table__.columns[f]
            setattr(other, f, datetime.fromisoformat(v) if v is not None and is_datetime(col) else v)
        for group in moved.get("rows", []):
            table = tables[group["table"]]
            col = table.columns[group["column"]]
            pks = group["pks"]
            for i in range(0, len(pks), 500):
                s.execute(
                    update(table).where(pk_where(table, pks[i : i + 500]), col == keep.id).values({col.name: other.id})
                )
        for item in moved.get("deleted", []):
            table = tables[item["table"]]
            s.execute(insert(table).values(restore_row(table, item["row"])))
        m.undone_at, m.undone_by = utcnow(), who.id
        _log(s, keep.id, "merged", f"{other.full_name or ''} (#{other.id})", None, who.id)
        _log(s, other.id, "merged", f"{tr('into')} {keep.full_name or ''} (#{keep.id})", None, who.id)
        s.flush()
        audit.record(
            s,
            actor_id=who.id,
            where=who.counter,
            action="customer.unmerged",
            entity="customer",
            entity_id=keep.public_id,
            payload={"merged": other.public_id, "merge_id": m.id},
        )
        return _read(s, other)
