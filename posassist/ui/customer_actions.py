"""The counter window's customer actions: notes, follow-ups, alerts, ratings, holds, goodwill
and erasure. The base of MainWindow, which builds what is declared here; every service call goes
through the window's task runner, and its answer and errors to the window's messages."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDockWidget, QMainWindow, QMessageBox

from posassist import i18n
from posassist.domain.permissions import Action, may
from posassist.i18n import tr
from posassist.services.dto import StaffSession
from posassist.services.followups import FollowUpView
from posassist.services.holds import Hold
from posassist.ui.widgets import open_dialog, replace_kept

if TYPE_CHECKING:
    from posassist.bootstrap import App, Services
    from posassist.services.customer_edit import OccasionDue
    from posassist.services.dto import StoreInfo
    from posassist.ui.approvals.goodwill_dialog import GoodwillDialog
    from posassist.ui.customers.dialogs import FollowUpsDialog
    from posassist.ui.customers.outcome_dialog import OutcomeDialog
    from posassist.ui.customers.pane import CustomerPane
    from posassist.ui.lookup.allergy import AllergyGuard
    from posassist.ui.lookup.pane import LookupPane
    from posassist.ui.messages import Messages
    from posassist.ui.tasks import TaskRunner


class CustomerActions(QMainWindow):
    app: App
    svc: Services
    store: StoreInfo | None
    session: StaffSession | None
    messages: Messages
    tasks: TaskRunner
    customers: CustomerPane
    customer_dock: QDockWidget
    lookup: LookupPane
    allergy: AllergyGuard
    follow_ups_dialog: FollowUpsDialog
    goodwill_dialog: GoodwillDialog

    def _may(self, action: Action) -> bool:
        return self.session is not None and may(self.session.role, action)

    def _refused(self, action: Action) -> bool:
        """The slot's own mirror of the permission table (a key pressed, or code calling it)."""
        if self._may(action):
            return False
        self.messages.say(tr("Your role may not do this; ask a store manager."), 8000)
        return True

    def _need_customer(self) -> bool:
        if self.customers.current is None:
            self.messages.say(tr("Find the customer first (F3)."), 6000)
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

        if self.session is None:
            return
        dlg = NewCustomerDialog(
            self.svc.customers, self.session, self.tasks, self.customers.search.text().strip(), self
        )

        def created() -> None:
            if dlg.customer_id:
                self.customers.select_customer(dlg.customer_id)

        open_dialog(self, dlg, created)

    def pin_alert(self) -> None:
        current = self.customers.current
        if current is None or self.session is None:
            self._need_customer()
            return
        from posassist.ui.customers.dialogs import AlertDialog

        cid = current.id
        open_dialog(
            self,
            AlertDialog(self.svc.customers, self.session, self.tasks, cid, self),
            lambda: self.customers.select_customer(cid),
        )

    def end_interaction(self) -> None:
        """F11: the customer is done: what came of it (solved now / needs a follow-up / could not
        help), the earlier matter it was about, their rating (if they give one); the times are kept."""
        current = self.customers.current
        if not self._need_customer() or current is None:
            return
        from posassist.ui.customers.outcome_dialog import OutcomeDialog

        dlg = OutcomeDialog(self.svc.notes, self.tasks, current.id, self)
        open_dialog(self, dlg, lambda: self._rated(dlg), name="outcome_dialog")

    def _rated(self, dlg: OutcomeDialog) -> None:
        current, session = self.customers.current, self.session
        if current is None or session is None:
            return
        panel = self.customers.notes
        notes, started, store_id = self.svc.notes, self.customers.started_at, self.store.id if self.store else None
        last, rating, comment = panel.last_note_id, dlg.rating, dlg.comment.text() or None
        resolution, matter = dlg.resolution, dlg.matter_id
        visit = tr("Counter visit.")

        def finish() -> None:
            note_id = last
            if note_id is None:
                note_id = notes.add(
                    session,
                    customer_id=current.id,
                    store_id=store_id,
                    channel="counter",
                    topic="other",
                    body=visit,
                    outcome="resolved",
                    # the customer waited from their selection; the visit closed with F11 is the
                    # answer (never "answered when selected": a response time of 0)
                    opened_at=started,
                    first_response_at=None,
                ).id
            notes.finish(session, note_id, csat=rating, comment=comment, resolution=resolution, matter_id=matter)

        def done(_result: object) -> None:
            panel.last_note_id = None
            if resolution == "follow_up":  # what was promised, and when, goes in while the customer is here
                self.messages.say(tr("Interaction closed; write the follow-up: what, and by when."), 8000)
                panel.new_follow_up()
                return
            self.messages.say(tr("Thank you noted.") if rating else tr("Interaction closed."), 6000)
            if self.customers.current is not None and self.customers.current.id == current.id:
                self.customers.clear_customer(self.session)  # the next customer starts on a clean pane

        self.tasks.submit(finish, on_done=done)

    def show_my_follow_ups(self, only_if_any: bool = False) -> None:
        session = self.session
        if session is None:
            return
        follow_ups, customers, promises = self.svc.follow_ups, self.svc.customers, self.svc.promises
        store_id = self.store.id if self.store else None
        tz = self.store.timezone if self.store else "UTC"

        def read() -> tuple[list[FollowUpView], list[OccasionDue]]:
            # the gift and occasion dates of this associate's customers whose reminder has started
            today = promises.today(tz)
            return follow_ups.mine(session), customers.occasions_due(store_id, today, staff_id=session.id)

        self.tasks.submit(
            read,
            on_done=lambda got: self._my_follow_ups(session, got[0], only_if_any, got[1]),
            key="my-follow-ups",
        )

    def _open_customer(self, customer_id: int) -> None:
        """An occasion opened from "my follow-ups": that customer, in the pane."""
        self.customer_dock.show()
        self.customers.select_customer(customer_id)

    def open_reminder(self, f: FollowUpView) -> None:
        """The reminder's "open": the customer it is about, on their follow-ups (else my follow-ups)."""
        if f.customer_id is None:
            self.show_my_follow_ups()
            return
        self.customer_dock.show()
        self.customers.select_customer(f.customer_id)
        self.customers.notes.show_follow_ups()

    def _my_follow_ups(
        self,
        session: StaffSession,
        items: list[FollowUpView],
        only_if_any: bool,
        occasions: list[OccasionDue] | None = None,
    ) -> None:
        from posassist.ui.customers.dialogs import FollowUpsDialog

        if (only_if_any and not items and not occasions) or session is not self.session:
            return
        dlg = FollowUpsDialog(
            self.svc.follow_ups,
            session,
            self.tasks,
            self,
            items=items,
            occasions=occasions or [],
            open_customer=self._open_customer,
        )
        replace_kept(self, "follow_ups_dialog", dlg)  # modeless: it stays open beside the window
        dlg.show()

    def hold_item(self) -> None:
        """F10: hold the card's item for the customer at the store the associate chooses (nearest
        first, with km and transfer time), held to the day they need it by; the slip prints."""
        card, current, session = self.lookup.card.card, self.customers.current, self.session
        if card is None:
            self.messages.say(tr("Open the product card first (scan or search, then Enter)."), 6000)
            return
        if current is None or session is None or self.store is None:
            self._need_customer()
            return
        if not self.allergy.cleared(current, card.variant_id, card.allergens):
            self.allergy.ask(current, card.variant_id, card.allergens or "", then=self.hold_item)
            return  # held once the associate acknowledged the allergy conflict
        from posassist.ui.customers.hold_dialog import HoldDialog

        variant = ", ".join(x for x in (card.colour, card.size) if x)
        dlg = HoldDialog(
            self.svc,
            session,
            self.tasks,
            variant_id=card.variant_id,
            description=f"{card.title} — {variant}" if variant else card.title,
            customer_id=current.id,
            customer_name=current.name,
            here_id=self.store.id,
            parent=self,
        )
        open_dialog(self, dlg, lambda: self._held(dlg.result_hold, current.id), name="hold_dialog")

    def _held(self, h: Hold | None, customer_id: int) -> None:
        if h is None or self.session is None:
            return
        when = i18n.day(h.arrives, "EEE d MMM")
        self.messages.say(
            tr(
                "Hold {number}: {description} at {from_store}, ready at {to_store} {arrives}. The slip prints.",
                number=h.hold_no,
                description=h.description,
                from_store=h.from_store_name,
                to_store=h.to_store_name,
                arrives=when,
            ),
            15000,
        )
        from posassist.ui.printing import print_receipt

        print_receipt(self.tasks, self.svc, self.session, number=h.hold_no, parent=self)
        if self.customers.current is not None and self.customers.current.id == customer_id:
            self.customers.select_customer(customer_id)
        self.lookup.refresh_stock()  # the held units show as reserved at once, on the card and in the results

    def show_holds(self) -> None:
        """Shift+F10: the holds at this store, to collect, release or print again."""
        if self.session is None or self.store is None or self._refused(Action.HOLD_CREATE):
            return
        from posassist.ui.customers.hold_dialog import HoldsDialog

        dlg = HoldsDialog(self.svc, self.session, self.tasks, self.store.id, self)
        dlg.changed.connect(self.lookup.refresh_stock)  # collected or released: the stock shown follows
        open_dialog(self, dlg, name="holds_dialog")

    def expire_holds(self) -> None:
        """At sign-in and refresh: holds past their last day go back to stock (audited)."""
        session = self.session
        if session is None or not self._may(Action.HOLD_CREATE):
            return
        holds = self.svc.holds

        def expired(gone: list[Hold]) -> None:
            if gone:
                self.messages.say(tr("{count} hold(s) expired and went back to stock.", count=len(gone)), 10000)

        self.tasks.submit(lambda: holds.expire(session), on_done=expired, key="holds-expire")

    def open_goodwill(self) -> None:
        current, session = self.customers.current, self.session
        if current is None or self.store is None or session is None:
            self.messages.say(tr("Find the customer first (F3): goodwill is always for someone."), 6000)
            return
        from posassist.ui.approvals.goodwill_dialog import GoodwillDialog

        dlg = GoodwillDialog(self.svc, self.store, session, current, self.app.settings.counter, self.tasks, self)

        def done() -> None:
            if dlg.record:
                self.messages.say(tr("Goodwill recorded (#{id}).", id=dlg.record.id), 10000)
                if self.customers.current:
                    self.customers.select_customer(self.customers.current.id)

        open_dialog(self, dlg, done, name="goodwill_dialog")

    def erase_customer(self) -> None:
        """Managers: a data-subject erasure. Sales, returns and the audit log stay, pseudonymised."""
        if self._refused(Action.CUSTOMER_ERASE) or not self._need_customer():
            return
        p, session = self.customers.current, self.session
        assert p is not None and session is not None
        ask = QMessageBox(
            QMessageBox.Icon.Question,
            tr("Erase customer"),
            tr(
                "Erase {name}'s personal data and notes? Sales and returns are kept under a pseudonymous id. This cannot be undone.",
                name=p.name,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        ask.setObjectName("eraseCustomerQuestion")
        ask.setDefaultButton(QMessageBox.StandardButton.No)
        customers = self.svc.customers

        def answered(_result: int) -> None:
            yes = ask.standardButton(ask.clickedButton()) == QMessageBox.StandardButton.Yes
            if not yes or session is not self.session:
                return
            self.tasks.submit(lambda: customers.erase(session, p.id), on_done=erased)

        def erased(pid: str) -> None:
            self.messages.say(tr("Erased; the books keep the id {pid}.", pid=pid), 10000)
            self.customers.select_customer(p.id)

        ask.finished.connect(answered)
        open_dialog(self, ask)
