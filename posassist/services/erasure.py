"""Erasure that finds the person everywhere (issue 17), and the data export that shows all of it.

Besides the customer record, alerts, dates, tags, notes and follow-ups (customer_records.erase),
a person is written into: goodwill stories, approval requests (the explanation carries the
story, the approver's note), return-line notes, wizard drafts, sales' delivery addresses and
fulfilment notes, imported customer records' notes, receipt PDFs written on this counter, and
the name search index. The money records (sales, returns, vouchers, goodwill costs, approvals'
amounts) stay under the customer's pseudonymous id.

Backups taken before an erasure still hold the person: each erasure is appended to
``erasures.jsonl`` in the backup folder (the mark), and ``db restore`` re-applies every erasure it
knows of (that ledger, the one beside the backup, and the erasures in the database it replaces).
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select, text, update
from sqlalchemy.orm import Session

from posassist.db.tables.customers import Customer, CustomerSource, Draft
from posassist.db.tables.ops import ApprovalRequest, Goodwill
from posassist.db.tables.receipts import ReceiptPrint, Voucher
from posassist.db.tables.sales import Return, ReturnLine, Sale, SaleLine
from posassist.private_files import private_dir

log = logging.getLogger(__name__)

ERASED = "(erased)"
LEDGER = "erasures.jsonl"


# every table an erasure overwrites or deletes rows of (migration 0023 names the same ones): on
# PostgreSQL they are vacuumed afterwards so the old row versions leave the pages too
ERASURE_TABLES = (
    "approval_requests",
    "customer_alerts",
    "customer_changes",
    "customer_consents",
    "customer_dates",
    "customer_links",
    "customer_merges",
    "customer_sources",
    "customer_tags",
    "customers",
    "drafts",
    "follow_ups",
    "goodwill",
    "interaction_revisions",
    "interactions",
    "return_lines",
    "sale_lines",
    "sales",
)


def _mentions(doc: Any, customer_id: int) -> bool:
    """A draft's JSON that names this customer (by id), anywhere in it."""
    if isinstance(doc, dict):
        for k, v in doc.items():
            if k in ("customer_id", "customer") and v == customer_id:
                return True
            if k == "customer_ids" and isinstance(v, list) and customer_id in v:
                return True
            if _mentions(v, customer_id):
                return True
    elif isinstance(doc, list):
        return any(_mentions(v, customer_id) for v in doc)
    return False


def _numbers(s: Session, customer_id: int) -> list[str]:
    """The receipt numbers printed for this customer: sales, returns, vouchers."""
    out = list(s.execute(select(Sale.receipt_no).where(Sale.customer_id == customer_id)).scalars())
    out += list(s.execute(select(Return.return_no).where(Return.customer_id == customer_id)).scalars())
    out += list(s.execute(select(Voucher.number).where(Voucher.customer_id == customer_id)).scalars())
    return out


def receipt_files(s: Session, customer_id: int, folders: Iterable[Path] = ()) -> list[Path]:
    """PDF receipts written for this customer: where the print records say, and NUMBER*.pdf in
    the counter's receipt folders."""
    numbers = _numbers(s, customer_id)
    if not numbers:
        return []
    found: set[Path] = set()
    for i in range(0, len(numbers), 500):
        part = numbers[i : i + 500]
        for target in s.execute(select(ReceiptPrint.target).where(ReceiptPrint.number.in_(part))).scalars():
            t = target[4:] if target.startswith("pdf:") else target
            if t.lower().endswith(".pdf"):
                found.add(Path(t).expanduser())
    for folder in folders:
        if folder.is_dir():
            for n in numbers:
                safe = n.replace("/", "_")
                found.update(p for p in folder.glob(f"{safe}*.pdf") if p.is_file())
    return sorted(found)


def erase_elsewhere(s: Session, c: Customer) -> dict[str, int]:
    """Everything outside the customer's own tables that names them; money stays. Inside the
    erasure's unit of work; returns what was cleared, by kind (for the audit entry: counts only)."""
    counts: dict[str, int] = {}

    def n(key: str, result: Any) -> None:
        counts[key] = int(getattr(result, "rowcount", 0) or 0)

    n("goodwill", s.execute(update(Goodwill).where(Goodwill.customer_id == c.id).values(story=ERASED)))
    n(
        "approvals",
        s.execute(
            update(ApprovalRequest).where(ApprovalRequest.customer_id == c.id).values(explanation=ERASED, note=None)
        ),
    )
    return_ids = select(Return.id).where(Return.customer_id == c.id).scalar_subquery()
    n(
        "return_lines",
        s.execute(
            update(ReturnLine)
            .where(ReturnLine.return_id.in_(return_ids), ReturnLine.note.is_not(None))
            .values(note=None)
        ),
    )
    sale_ids = select(Sale.id).where(Sale.customer_id == c.id).scalar_subquery()
    n(
        "sales_addresses",
        s.execute(update(Sale).where(Sale.customer_id == c.id, Sale.ship_to.is_not(None)).values(ship_to=None)),
    )
    n(
        "sale_line_notes",
        s.execute(
            update(SaleLine)
            .where(SaleLine.sale_id.in_(sale_ids), SaleLine.fulfilment_note.is_not(None))
            .values(fulfilment_note=None)
        ),
    )
    n("source_notes", s.execute(update(CustomerSource).where(CustomerSource.customer_id == c.id).values(note=None)))
    drafts = [
        d.id
        for d in s.execute(select(Draft).where(or_(Draft.kind != "note", Draft.key.like(f"%:{c.id}")))).scalars()
        if _mentions(d.payload, c.id) or (d.kind == "note" and d.key.endswith(f":{c.id}"))
    ]
    if drafts:
        s.query(Draft).filter(Draft.id.in_(drafts)).delete(synchronize_session=False)
    counts["drafts"] = len(drafts)
    if s.get_bind().dialect.name == "sqlite":
        # FTS5 keeps deleted tokens in its segments until they are merged: merge them now
        # (with secure_delete on, the freed pages are zeroed)
        s.execute(text("INSERT INTO customer_fts(customer_fts) VALUES('optimize')"))
    return counts


def remove_files(paths: Iterable[Path]) -> tuple[int, list[str]]:
    """Delete the receipt files (after the erasure committed); what could not be, by path."""
    done, failed = 0, []
    for p in paths:
        try:
            p.unlink()
            done += 1
        except FileNotFoundError:
            continue
        except OSError as exc:
            failed.append(f"{p}: {exc.strerror}")
    return done, failed


# -- the mark on older backups ---------------------------------------------------------------


def mark_backups(backup_dir: Path | None, public_id: str, erased_at: str) -> None:
    """Every backup in ``backup_dir`` older than now holds the person: note the erasure beside them."""
    if backup_dir is None:
        return
    try:
        private_dir(backup_dir)
        fd = os.open(backup_dir / LEDGER, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8") as fh:
            fh.write(json.dumps({"public_id": public_id, "erased_at": erased_at}) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:  # the database's own erased_at still re-applies it at a restore
        log.warning("erasure not noted beside the backups in %s: %s", backup_dir, exc)


def ledger_ids(folders: Iterable[Path]) -> set[str]:
    out: set[str] = set()
    for folder in folders:
        try:
            lines = (folder / LEDGER).read_text(encoding="utf-8").splitlines()
        except OSError:
            continue
        for line in lines:
            try:
                out.add(str(json.loads(line)["public_id"]))
            except (ValueError, KeyError, TypeError):
                continue
    return out


def erased_ids(s: Session) -> set[str]:
    return set(s.execute(select(Customer.public_id).where(Customer.erased_at.is_not(None))).scalars())


def export_extra(s: Session, customer_id: int, receipt_dirs: Iterable[Path] = ()) -> dict[str, Any]:
    """What the export adds: everything ``erase_elsewhere`` and the receipt files would remove."""
    doc: dict[str, Any] = {}
    doc["goodwill"] = [
        {"at": g.created_at, "kind": g.kind, "cost_minor": g.cost_minor, "currency": g.currency, "story": g.story}
        for g in s.execute(select(Goodwill).where(Goodwill.customer_id == customer_id).order_by(Goodwill.id)).scalars()
    ]
    doc["approvals"] = [
        {
            "at": a.requested_at,
            "kind": a.kind,
            "status": a.status,
            "explanation": a.explanation,
            "note": a.note,
        }
        for a in s.execute(
            select(ApprovalRequest).where(ApprovalRequest.customer_id == customer_id).order_by(ApprovalRequest.id)
        ).scalars()
    ]
    doc["return_lines"] = [
        {"return_no": no, "description": line.description, "reason": line.reason, "note": line.note}
        for line, no in s.execute(
            select(ReturnLine, Return.return_no)
            .join(Return, Return.id == ReturnLine.return_id)
            .where(Return.customer_id == customer_id)
            .order_by(ReturnLine.id)
        ).all()
    ]
    doc["deliveries"] = [
        {"receipt": x.receipt_no, "ship_to": x.ship_to}
        for x in s.execute(select(Sale).where(Sale.customer_id == customer_id, Sale.ship_to.is_not(None))).scalars()
    ]
    doc["sale_line_notes"] = [
        {"receipt": no, "note": note}
        for note, no in s.execute(
            select(SaleLine.fulfilment_note, Sale.receipt_no)
            .join(Sale, Sale.id == SaleLine.sale_id)
            .where(Sale.customer_id == customer_id, SaleLine.fulfilment_note.is_not(None))
        ).all()
    ]
    doc["imported_records"] = [
        {"source": r.source, "external_id": r.external_id, "note": r.note}
        for r in s.execute(select(CustomerSource).where(CustomerSource.customer_id == customer_id)).scalars()
    ]
    doc["drafts"] = [
        {"kind": d.kind, "updated_at": d.updated_at, "payload": d.payload}
        for d in s.execute(select(Draft)).scalars()
        if _mentions(d.payload, customer_id) or (d.kind == "note" and d.key.endswith(f":{customer_id}"))
    ]
    doc["receipt_files"] = [str(p) for p in receipt_files(s, customer_id, receipt_dirs)]
    return doc
