"""The receipts capability: a receipt document for any number on file (sale, exchange, order,
return, store-credit voucher), marked "copy" once it has been printed before; each print recorded
and audited; and the printers of this counter, one of them the default.

Turning a document into paper is ``posassist.printing`` (ESC/POS bytes, PDF, the system
printer): it needs no database, and the window runs it off the GUI thread."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from posassist.db.retry import retrying
from posassist.db.session import Database
from posassist.db.tables.base import utcnow
from posassist.db.tables.people import Store
from posassist.db.tables.receipts import CounterPrinter, ReceiptPrint
from posassist.db.tables.sales import Return, Sale
from posassist.domain.permissions import Action
from posassist.domain.receipt import PRINTER_KINDS, Printer, ReceiptDoc, as_copy, as_gift, barcode_payload
from posassist.domain.typed import tidy
from posassist.errors import InvalidInput, NotFound
from posassist.i18n import tr
from posassist.services import audit, sessions
from posassist.services.dto import Clock, StaffSession, StoreInfo
from posassist.services.receipts import build

__all__ = ["Receipts"]


def _printer(row: CounterPrinter) -> Printer:
    return Printer(
        row.name, row.kind, row.address, row.width_mm, row.profile, row.code_page, row.barcode, row.is_default
    )


class Receipts:
    def __init__(
        self,
        db: Database,
        store: StoreInfo | None,
        counter: str,
        clock: Clock = utcnow,
        pdf_dir: Path | None = None,
    ) -> None:
        self._db, self._store, self._counter, self._clock = db, store, counter, clock
        self._pdf_dir = pdf_dir

    @property
    def counter(self) -> str:
        return self._counter

    # -- documents --------------------------------------------------------------------------

    def document(
        self, number: str, *, gift: bool = False, symbology: str = "code128", customer_pays_minor: int | None = None
    ) -> ReceiptDoc:
        """The receipt with ``number`` as it prints now: a copy when it was printed before."""
        with self._db.read() as s:
            kind, rid = build.find(s, number)
            if kind == "return":
                doc = build.return_doc(s, rid, self._counter, customer_pays_minor)
            elif kind == "sale":
                doc = build.sale_doc(s, rid, self._counter)
            elif kind == "goodwill":
                doc = build.goodwill_doc(s, rid, self._counter)
            elif kind == "hold":
                doc = build.hold_doc(s, rid, self._counter)
            else:
                doc = build.voucher_doc(s, rid, self._counter)
            printed = s.execute(select(ReceiptPrint.id).where(ReceiptPrint.number == doc.number).limit(1)).first()
        doc = replace(doc, symbology=symbology)
        if gift:
            doc = as_gift(doc)
        return as_copy(doc) if printed else doc

    def number(self, kind: str, ref_id: int) -> str:
        """The receipt number of a sale (``purchase``) or ``return`` by its id (the timeline's rows)."""
        with self._db.read() as s:
            if kind == "return":
                found = s.execute(select(Return.return_no).where(Return.id == ref_id)).scalar_one_or_none()
            elif kind in ("purchase", "sale"):
                found = s.execute(select(Sale.receipt_no).where(Sale.id == ref_id)).scalar_one_or_none()
            elif kind in ("exception", "goodwill"):  # the timeline's approved exceptions
                found = f"{build.GOODWILL_PREFIX}{ref_id}"
            else:
                found = None
        if found is None:
            raise NotFound(tr("Only purchases, returns and goodwill gestures have a receipt to print."))
        return str(found)

    def target(self) -> Printer:
        """Where this counter prints: its default printer, else PDFs in the data folder."""
        chosen = self.printer()
        if chosen is not None:
            return chosen
        if self._pdf_dir is None:
            raise NotFound(tr("Counter {counter} has no receipt printer set up.", counter=self._counter))
        return Printer(tr("PDF folder"), "pdf", str(self._pdf_dir))

    def test_page(self, printer: Printer) -> ReceiptDoc:
        """A page that shows the printer works: the store, the printer's settings, the accents
        German, French and Swedish need, and a barcode to scan."""
        now = self._clock()
        store = self._store
        number = f"TEST-{now:%y%m%d%H%M%S}"
        return ReceiptDoc(
            kind="test",
            number=number,
            issued_at=now,
            timezone=store.timezone if store else "UTC",
            currency=store.currency if store else "USD",
            store_name=store.name if store else "posassist",
            store_code=store.code if store else "",
            counter=self._counter,
            note=tr(
                "Printer {name}: {width} mm, code page {code_page}, barcode {barcode}.",
                name=printer.name,
                width=printer.width_mm,
                code_page=printer.code_page,
                barcode=printer.barcode,
            ),
            barcode=barcode_payload(number),
            symbology=printer.barcode,
        )

    @retrying
    def printed(self, session: StaffSession, doc: ReceiptDoc, target: str) -> None:
        """Record (and audit) that ``doc`` went to ``target``: later prints of it are copies."""
        with self._db.transaction() as s:
            who = sessions.verify(s, session, Action.RECEIPT_PRINT)
            row = ReceiptPrint(
                number=doc.number,
                kind=doc.kind,
                gift=doc.gift,
                copy=doc.copy,
                target=target[:200],
                staff_id=who.id,
                counter=who.counter or self._counter,
                printed_at=self._clock(),
            )
            s.add(row)
            s.flush()
            audit.record(
                s,
                actor_id=who.id,
                action="receipt.printed",
                entity="receipt",
                entity_id=doc.number,
                payload={"kind": doc.kind, "gift": doc.gift, "copy": doc.copy, "target": target[:200]},
                where=who.counter or self._counter,
            )

    def prints(self, number: str) -> int:
        with self._db.read() as s:
            return len(s.execute(select(ReceiptPrint.id).where(ReceiptPrint.number == tidy(number))).all())

    # -- this counter's printers ------------------------------------------------------------

    def _store_id(self, s: Session) -> int:
        if self._store is not None:
            return self._store.id
        sid = s.execute(select(Store.id).order_by(Store.id).limit(1)).scalar_one_or_none()
        if sid is None:
            raise NotFound(tr("Set up the store first: printers belong to a store's counter."))
        return int(sid)

    def printers(self) -> list[Printer]:
        with self._db.read() as s:
            rows = s.execute(
                select(CounterPrinter)
                .where(CounterPrinter.store_id == self._store_id(s), CounterPrinter.counter == self._counter)
                .order_by(CounterPrinter.is_default.desc(), CounterPrinter.name)
            ).scalars()
            return [_printer(r) for r in rows]

    def printer(self, name: str | None = None) -> Printer | None:
        """The printer called ``name`` at this counter, or its default (None: none set up)."""
        found = self.printers()
        if name is None:
            return next((p for p in found if p.is_default), found[0] if found else None)
        return next((p for p in found if p.name.lower() == name.strip().lower()), None)

    @retrying
    def save_printer(self, session: StaffSession, printer: Printer) -> Printer:
        name = tidy(printer.name)
        if not name or len(name) > 64:
            raise InvalidInput(tr("Give the printer a name (up to 64 characters)."), field="name")
        if printer.kind not in PRINTER_KINDS:
            raise InvalidInput(tr("Choose how the printer is connected."), field="kind")
        if printer.kind in ("usb", "network", "serial", "file") and not tidy(printer.address):
            raise InvalidInput(
                tr(
                    "Say where the printer is: USB as 04b8:0202, network as host:9100, serial as /dev/ttyUSB0@9600, or a device file."
                ),
                field="address",
            )
        with self._db.transaction() as s:
            who = sessions.verify(s, session, Action.PRINTERS_MANAGE)
            store_id = self._store_id(s)
            here = (CounterPrinter.store_id == store_id, CounterPrinter.counter == self._counter)
            row = s.execute(select(CounterPrinter).where(*here, CounterPrinter.name == name)).scalar_one_or_none()
            first = s.execute(select(CounterPrinter.id).where(*here).limit(1)).first() is None
            default = printer.is_default or first
            if default:
                s.execute(update(CounterPrinter).where(*here).values(is_default=False))
            if row is None:
                row = CounterPrinter(store_id=store_id, counter=self._counter, name=name)
                s.add(row)
            row.kind, row.address, row.width_mm = printer.kind, tidy(printer.address), printer.width_mm
            row.profile, row.code_page, row.barcode = printer.profile, printer.code_page or "auto", printer.barcode
            row.is_default = default or row.is_default
            s.flush()
            audit.record(
                s,
                actor_id=who.id,
                action="printer.saved",
                entity="printer",
                entity_id=row.id,
                payload={"name": name, "kind": printer.kind, "counter": self._counter},
                where=who.counter,
            )
            return _printer(row)

    @retrying
    def remove_printer(self, session: StaffSession, name: str) -> None:
        with self._db.transaction() as s:
            who = sessions.verify(s, session, Action.PRINTERS_MANAGE)
            row = s.execute(
                select(CounterPrinter).where(
                    CounterPrinter.store_id == self._store_id(s),
                    CounterPrinter.counter == self._counter,
                    CounterPrinter.name == tidy(name),
                )
            ).scalar_one_or_none()
            if row is None:
                raise NotFound(tr("There is no printer called {name} at this counter.", name=tidy(name)))
            s.delete(row)
            audit.record(
                s,
                actor_id=who.id,
                action="printer.removed",
                entity="printer",
                entity_id=row.id,
                payload={"name": row.name, "counter": self._counter},
                where=who.counter,
            )
