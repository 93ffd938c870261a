"""The counter window's customer actions: notes, follow-ups, alerts, ratings, holds, goodwill
and erasure. A mixin of MainWindow (which provides app, staff, customers, lookup, statusBar)."""

from __future__ import annotations

from posassist.errors import PosassistError
from posassist.i18n import tr
from posassist.ui.widgets import open_dialog


class CustomerActions:
    def _need_customer(self) -> bool:
        if self.customers.current is None:
            self.statusBar().showMessage(tr("Find the customer first (F3)."), 6000)
            return False
        return True

    def write_note(self) -> None:
        if self._need_customer():
            self.customer_dock.show()
            self.customers.notes.write_note()

    def new_follow_up(self) -> None:
        if self._need_customer():
            self.customer_dock.show()
            self.customers.notes.new_follow_up()

    def new_customer(self) -> None:
        from posassist.ui.customers.dialogs import NewCustomerDialog

        dlg = NewCustomerDialog(self.app.db, self.staff, self.customers.search.text().strip(), self)
        open_dialog(self, dlg, lambda: dlg.customer_id and self.customers.select_customer(dlg.customer_id))

    def pin_alert(self) -> None:
        if not self._need_customer():
            return
        from posassist.ui.customers.dialogs import AlertDialog

        cid = self.customers.current.id
        open_dialog(self, AlertDialog(self.app.db, self.staff, cid, self), lambda: self.customers.select_customer(cid))

    def end_interaction(self) -> None:
        """F11: the customer is done; their rating (if they give one) and the times are kept."""
        if not self._need_customer():
            return
        from posassist.ui.customers.dialogs import RateDialog

        dlg = RateDialog(self)
        open_dialog(self, dlg, lambda: self._rated(dlg))

    def _rated(self, dlg) -> None:  # type: ignore[no-untyped-def]
        from posassist.services import notes

        panel = self.customers.notes
        try:
            if panel.last_note_id is None:
                started = self.customers.started_at
                n = notes.add(
                    self.app.db,
                    customer_id=self.customers.current.id,
                    staff=self.staff,
                    store_id=self.app.store.id if self.app.store else None,
                    channel="counter",
                    topic="other",
                    body=tr("Counter visit."),
                    outcome="resolved",
                    opened_at=started,
                    first_response_at=started,
                )
                panel.last_note_id = n.id
            notes.finish(self.app.db, panel.last_note_id, csat=dlg.rating, comment=dlg.comment.text() or None)
        except PosassistError as err:
            self.statusBar().showMessage(str(err), 10000)
            return
        self.statusBar().showMessage(tr("Thank you noted.") if dlg.rating else tr("Interaction closed."), 6000)
        panel.last_note_id = None
        self.customers.select_customer(self.customers.current.id)

    def show_my_follow_ups(self, only_if_any: bool = False) -> None:
        from posassist.services import followups
        from posassist.ui.customers.dialogs import FollowUpsDialog

        if only_if_any and not followups.mine(self.app.db, self.staff.id):
            return
        self.follow_ups_dialog = FollowUpsDialog(self.app.db, self.staff, self)
        self.follow_ups_dialog.show()

    def hold_item(self) -> None:
        """F10: the card's item is reserved at the nearest store that has it and sent here for the customer."""
        card = self.lookup.card.card
        if card is None or not self._need_customer():
            if card is None:
                self.statusBar().showMessage(tr("Open the product card first (scan or search, then Enter)."), 6000)
            return
        from posassist.services import holds

        try:
            h = holds.hold_for_customer(
                self.app.db,
                variant_id=card.variant_id,
                quantity=1,
                customer_id=self.customers.current.id,
                here_id=self.app.store.id,
                staff=self.staff,
            )
        except PosassistError as err:
            self.statusBar().showMessage(str(err), 10000)
            return
        self.statusBar().showMessage(
            tr(
                "Held {description} at {from_store}; it arrives by {arrives:%a %d %b}. A follow-up reminds you to call.",
                description=h.description,
                from_store=h.from_store,
                arrives=h.arrives,
            ),
            15000,
        )
        self.customers.select_customer(self.customers.current.id)

    def open_goodwill(self) -> None:
        if self.customers.current is None or self.app.store is None:
            self.statusBar().showMessage(tr("Find the customer first (F3): goodwill is always for someone."), 6000)
            return
        from posassist.ui.approvals.goodwill_dialog import GoodwillDialog

        dlg = GoodwillDialog(
            self.app.db, self.app.store, self.staff, self.customers.current, self.app.settings.counter, self
        )
        self.goodwill_dialog = dlg

        def done() -> None:
            if dlg.record:
                self.statusBar().showMessage(tr("Goodwill recorded (#{id}).", id=dlg.record.id), 10000)
                if self.customers.current:
                    self.customers.select_customer(self.customers.current.id)

        open_dialog(self, dlg, done)

    def erase_customer(self) -> None:
        """Admins: a data-subject erasure. Sales, returns and the audit log stay, pseudonymised."""
        if not self._need_customer():
            return
        from PySide6.QtWidgets import QMessageBox

        from posassist.services import customer_records

        p = self.customers.current
        answer = QMessageBox.question(
            self,
            tr("Erase customer"),
            tr(
                "Erase {name}'s personal data and notes? Sales and returns are kept under a pseudonymous id. This cannot be undone.",
                name=p.name,
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            pid = customer_records.erase(self.app.db, p.id, self.staff)
        except PosassistError as err:
            self.statusBar().showMessage(str(err), 10000)
            return
        self.statusBar().showMessage(tr("Erased; the books keep the id {pid}.", pid=pid), 10000)
        self.customers.select_customer(p.id)
