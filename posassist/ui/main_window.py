"""The one window the associate keeps open: look-up, the customer beside it, status below.

The window holds the signed-in session. Its menus and enabled actions mirror the permission table
(``domain.permissions``) and are rebuilt at every sign-in; the services decide. Locking (F9, or
idle) ends the session and leaves nothing of that person behind: the customer, what was typed to
find them, open dialogs and the return in progress are gone before anyone signs in again."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel, QMenu, QSizePolicy, QVBoxLayout, QWidget

from posassist import i18n
from posassist.bootstrap import App
from posassist.domain.permissions import Action, may
from posassist.i18n import tr
from posassist.labels import label as code_label
from posassist.services.customers import CustomerProfile
from posassist.services.dto import StaffSession
from posassist.services.returns_dto import ReturnResult, SaleView
from posassist.ui.appearance import Appearance
from posassist.ui.customers.pane import CustomerPane
from posassist.ui.idle import IdleLock
from posassist.ui.lookup.allergy import AllergyGuard, warning_text
from posassist.ui.lookup.pane import LookupPane
from posassist.ui.menu_entries import Entry, go_entries, settings_entries
from posassist.ui.messages import Messages, alert_frame
from posassist.ui.offline_banner import OfflineWatch
from posassist.ui.reminders import Reminders
from posassist.ui.scanner import ScannerFilter, TypeAhead
from posassist.ui.signin import SignInDialog
from posassist.ui.tasks import TaskRunner
from posassist.ui.widgets import close_dialogs, dock_title, qapp, readable
from posassist.ui.window_status import BUSY_AFTER_MS, MESSAGE_SHARE, StatusAndLooks, opens_maximised

__all__ = ["BUSY_AFTER_MS", "Entry", "MESSAGE_SHARE", "MainWindow", "opens_maximised"]

if TYPE_CHECKING:
    from posassist.ui.approvals.queue import ApprovalQueue
    from posassist.ui.dashboard.window import DashboardWindow
    from posassist.ui.returns.wizard import ReturnWizard


class MainWindow(StatusAndLooks):
    def __init__(self, app: App, staff: StaffSession, settings: QSettings | None = None) -> None:
        super().__init__()
        self.app, self.svc, self.store = app, app.svc, app.store
        self.session: StaffSession | None = staff
        self.qsettings = settings or QSettings("posassist", "posassist")
        self.setObjectName("mainWindow")
        self.setAccessibleName(tr("posassist"))
        self.setWindowTitle(tr("posassist — {name}", name=self.store.name if self.store else "no store"))
        self.messages = Messages(str(app.settings.log_path), self)
        self.tasks = TaskRunner(self, messages=self.messages)
        self.wizard: ReturnWizard | None = None
        self.dashboard: DashboardWindow | None = None
        self.approvals_dock: QDockWidget | None = None
        self.approval_queue: ApprovalQueue | None = None
        self.sign_in_dialog: SignInDialog | None = None
        self.lookup = LookupPane(self.svc.lookup, self.svc.events, self.tasks)
        self.banner = QLabel("")
        self.banner.setObjectName("alertBanner")
        readable(self.banner, tr("Pinned customer alerts"))
        self.banner.setWordWrap(True)
        self.banner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)  # grows with large text
        self.banner.setTextFormat(Qt.TextFormat.RichText)
        alert_frame(self.banner)
        self.banner.hide()
        central = QWidget()
        lay = QVBoxLayout(central)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(self.banner)
        # follow-ups due during the shift: a strip that never takes the focus (see ui/reminders)
        self.reminders = Reminders(self, self.svc.follow_ups, self.tasks, lambda: self.session, self.open_reminder)
        lay.addWidget(self.reminders.notice)
        lay.addWidget(self.lookup, 1)
        self.setCentralWidget(central)
        self.customers = CustomerPane(self.svc, self.tasks, staff, self.store.id if self.store else None)
        self.customer_dock = QDockWidget(tr("Customer"), self)
        self.customer_dock.setObjectName("customerDock")
        self.customer_dock.setAccessibleName(tr("Customer pane"))
        self.customer_dock.setWidget(self.customers)
        self.customer_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        dock_title(self.customer_dock)  # in the window's text size
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.customer_dock)
        self.customers.customer_changed.connect(self._customer_changed)
        self.allergy = AllergyGuard(self)
        self.customers.customer_changed.connect(lambda _p: self._check_allergy())
        self.lookup.card_shown.connect(lambda _v: self._check_allergy())
        self.scanner = ScannerFilter(self)
        self.scanner.scanned.connect(self.lookup.show_scan)
        self.scanner.typed.connect(self.lookup.type_in)
        qapp().installEventFilter(self.scanner)
        self.appearance = Appearance(self.qsettings)
        self.actions_by_name: dict[str, QAction] = {}
        self._build_status()
        self.offline = OfflineWatch(self.svc.connection, self.tasks, self)  # the server away: banner + copy's age
        self.offline.timezone = self.store.timezone if self.store else None
        self.offline.install(self)
        self._build_menus()
        self._session_started()
        self._idle = IdleLock(self, self.lock, minutes=app.settings.idle_lock_minutes)
        self.resize(1280, 800)
        self._restore()

    @property
    def staff(self) -> StaffSession | None:
        """The signed-in session (None while the counter is locked)."""
        return self.session

    # -- menus: a mirror of the permission table ------------------------------------------------
    def _action(self, name: str, text: str, keys: str, slot: Callable[[], object]) -> QAction:
        act = QAction(text, self)
        act.setObjectName(name)
        act.setShortcut(QKeySequence(keys))
        act.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        act.triggered.connect(lambda _checked=False: slot())
        self.addAction(act)
        return act

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.setObjectName("menuBar")
        bar.setAccessibleName(tr("Menu"))
        self.go_menu: QMenu = bar.addMenu(tr("&Go"))
        self.go_menu.setObjectName("goMenu")
        self._entries = go_entries() + settings_entries()
        for name, _needs, text, keys, slot in self._entries:
            self.actions_by_name[name] = self._action(name, text, keys, getattr(self, slot))
        # "+" is Shift+"=" on most keyboards: one action answers Ctrl++, Ctrl+= and Ctrl+Shift+=
        # (two actions would both match Ctrl+Shift+= and Qt would run neither: "ambiguous")
        bigger = self.actions_by_name["actionBigger"]
        bigger.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        self.languages = QMenu(tr("&Language"), self)
        self.languages.setObjectName("languageMenu")
        for code, label in i18n.LANGUAGES.items():
            act = self.languages.addAction(label)
            act.setObjectName(f"actionLanguage_{code}")
            act.triggered.connect(lambda _c=False, code=code, label=label: self.choose_language(code, label))
        self.actions_by_name["actionLock"] = self._action("actionLock", tr("Lock counter / sign out"), "F9", self.lock)
        self.actions_by_name["actionQuit"] = self._action("actionQuit", tr("Quit"), "Ctrl+Q", self.close)

    def _rebuild_menus(self) -> None:
        """What the signed-in role may do, and only that, is in the menu and answers its key."""
        role = self.session.role if self.session else ""
        self.go_menu.clear()
        for name, needs, *_rest in go_entries():
            act = self.actions_by_name[name]
            allowed = self.session is not None and (needs is None or may(role, needs))
            act.setEnabled(allowed)
            act.setVisible(allowed)
            if allowed:
                self.go_menu.addAction(act)
        self.go_menu.addSeparator()
        for entry in settings_entries():
            self.go_menu.addAction(self.actions_by_name[entry[0]])
        self.go_menu.addMenu(self.languages)
        self.go_menu.addAction(self.actions_by_name["actionLock"])
        self.go_menu.addAction(self.actions_by_name["actionQuit"])

    # -- the signed-in session ------------------------------------------------------------------
    def _session_started(self) -> None:
        """A sign-in (the first, or after a lock): everything that depends on who it is."""
        session = self.session
        assert session is not None
        self._status_text(
            self.status_staff,
            tr("Signed in: {name} ({role_label})", name=session.name, role_label=code_label(session.role)),
        )
        self._fit_panes()
        self._rebuild_menus()
        self.customers.set_session(session)
        self.expire_holds()  # holds past their last day go back to stock at every sign-in
        from posassist.ui.voucher_expiry import expire_vouchers

        expire_vouchers(self.tasks, self.svc, session, self.messages.say)  # and store credit past its expiry
        if self.store is not None and session.may_approve and may(session.role, Action.APPROVAL_DECIDE):
            self._build_approvals(session)
        self.reminders.start()

    def _build_approvals(self, session: StaffSession) -> None:
        from posassist.ui.approvals.queue import ApprovalQueue

        assert self.store is not None
        queue = ApprovalQueue(self.svc, self.store, session, self.app.settings.counter, self.tasks)
        dock = QDockWidget(tr("Approvals"), self)
        dock.setObjectName("approvalsDock")
        dock.setAccessibleName(tr("Approval queue"))
        dock.setWidget(queue)
        dock_title(dock)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        queue.count_changed.connect(
            lambda n: dock.setWindowTitle(tr("Approvals ({n} waiting)", n=n) if n else tr("Approvals"))
        )
        self.approval_queue, self.approvals_dock = queue, dock

    def _drop_approvals(self) -> None:
        if self.approval_queue is not None:
            self.approval_queue.stop()
        if self.approvals_dock is not None:
            self.removeDockWidget(self.approvals_dock)
            self.approvals_dock.deleteLater()
        self.approval_queue, self.approvals_dock = None, None

    def lock(self) -> None:
        """F9 or idle: the session ends; nothing of this person stays for the next one."""
        current = self.sign_in_dialog
        if current is not None and current.isVisible():
            return  # already locked
        self._end_session()
        self.hide()
        dlg = SignInDialog(self.svc.auth, self.store, self.app.settings.counter, messages=self.messages)
        self.sign_in_dialog = dlg
        dlg.finished.connect(lambda _r: self._signed_in_again(dlg))
        dlg.show()
        handle = dlg.windowHandle()
        if handle is not None:
            handle.requestActivate()

    def _end_session(self) -> None:
        """Keep what was being typed (a note, the return's draft: each under its author), close
        everything of this person's, then end the session in the database."""
        old = self.session
        if old is None:
            return
        keep: list[Callable[[StaffSession], object]] = []
        if self.wizard is not None:
            keep += self.wizard.leave()
            self.wizard.deleteLater()
            self.wizard = None
        keep += self.customers.leave()
        self.lookup.clear()  # the next person starts on an empty look-up
        close_dialogs(self)
        self.dashboard = None
        self._drop_approvals()
        self.banner.hide()
        self.banner.clear()
        self.reminders.stop()
        self.session = None
        self.customers.set_session(None)
        self._rebuild_menus()
        self.tasks.forget_all()  # answers still on their way were for the person who left
        auth = self.svc.auth

        def end() -> None:
            try:
                for save in keep:
                    save(old)
            finally:
                auth.sign_out(old)

        self.tasks.submit(end)

    def _signed_in_again(self, dlg: SignInDialog) -> None:
        if dlg.result() and dlg.staff:
            self.session = dlg.staff
            self._session_started()
            self.show()
            self.show_my_follow_ups(only_if_any=True)
        else:
            self.close()
        dlg.deleteLater()
        self.sign_in_dialog = None

    # -- opening things -------------------------------------------------------------------------
    def focus_lookup(self) -> None:
        self.lookup.focus_search()

    def show_approvals(self) -> None:
        if self.approvals_dock is None or self.approval_queue is None:
            self.messages.say(tr("Approvals are decided by shift leads and managers."), 6000)
            return
        self.approvals_dock.show()
        self.approval_queue.list.setFocus()
        if self.approval_queue.list.count():
            self.approval_queue.list.setCurrentRow(0)

    def open_return(self) -> None:
        """F5: the return wizard, for the customer in the pane (their purchases are listed)."""
        if self.store is None:
            self.messages.say(tr("No store is set up; load the demo or import a catalogue first."), 8000)
            return
        if self.wizard is not None and self.wizard.isVisible():
            self.wizard.raise_()
            self.wizard.activateWindow()
            return
        TypeAhead(
            lambda: self.wizard.find_page.receipt if self.wizard is not None and self.wizard.isVisible() else None
        )
        customer = self.customers.current.id if self.customers.current else None
        card = self.lookup.card.card
        if customer is not None and card is not None:
            returns, variant = self.svc.returns, card.variant_id
            self.tasks.submit(
                lambda: returns.customer_sale_with(customer, variant),
                on_done=lambda sale: self._open_wizard(customer, sale),
                key="open-return",
            )
        else:
            self._open_wizard(customer, None)

    def _open_wizard(self, customer: int | None, sale: SaleView | None) -> None:
        from posassist.ui.returns.wizard import ReturnWizard

        if self.session is None or self.store is None or (self.wizard is not None and self.wizard.isVisible()):
            return
        self.wizard = ReturnWizard(
            self.svc,
            self.store,
            self.session,
            self.tasks,
            counter=self.app.settings.counter,
            receipts_dir=self.app.settings.data_dir / "receipts",
            customer_id=customer,
            sale=sale,
            parent=self,
        )
        self.wizard.customer_selected.connect(self.customers.select_customer)
        self.wizard.committed.connect(self._return_done)
        self.wizard.show()
        handle = self.wizard.windowHandle()
        if handle is not None:
            handle.requestActivate()

    def use_card_as_replacement(self) -> None:
        card = self.lookup.card.card
        if card is None:
            self.messages.say(tr("Open a product card first (scan or search, then Enter)."), 6000)
            return
        if self.wizard is None or not self.wizard.isVisible() or not self.wizard.use_replacement(card.variant_id):
            self.messages.say(tr("Open a return (F5) and go to the 'what the customer wants' step first."), 6000)
            return
        self.wizard.raise_()

    def _return_done(self, result: ReturnResult) -> None:
        where = (
            tr("; receipt saved to {path}", path=self.wizard.receipt_path)
            if self.wizard and self.wizard.receipt_path
            else ""
        )
        self.messages.say(tr("Return {return_no} confirmed{where}.", return_no=result.return_no, where=where), 15000)
        if self.customers.current:
            self.customers.select_customer(self.customers.current.id)

    def _focus_customer(self) -> None:
        self.customer_dock.show()
        self.customers.focus_search()

    def _check_allergy(self) -> None:
        """The card's product against the open customer's allergy alerts: shown on the card, and
        asked about once per customer and item."""
        card, p = self.lookup.card.card, self.customers.current
        found = self.allergy.conflicts(p, card.allergens if card else None)
        if card is None or p is None or not found or not card.allergens:
            self.lookup.card.set_warning(None)
            return
        self.lookup.card.set_warning(warning_text(p, found, card.allergens))
        if not self.allergy.cleared(p, card.variant_id, card.allergens):
            self.allergy.ask(p, card.variant_id, card.allergens)

    def _customer_changed(self, p: CustomerProfile | None) -> None:
        if p is None or not p.alerts:
            self.banner.hide()
            self.banner.clear()  # nothing of the last customer stays for a screen reader either
            return
        self.banner.setText(
            f"<span style='color:#1a1a1a'><b>{escape(p.preferred_name or p.name)}</b>: "
            + " · ".join(
                f"<span style='color:{'#b00020' if a.severity == 'critical' else '#6d4c00'}'>"
                f"<b>{escape(code_label(a.kind).upper())}</b> {escape(a.text)}</span>"
                for a in p.alerts
            )
            + "</span>"
        )
        self.banner.show()

    # -- the window itself ----------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self.qsettings.setValue("main/geometry", self.saveGeometry())
        self.qsettings.setValue("main/state", self.saveState())
        self.appearance.save()  # a look changed in the last moment
        self._end_session()  # a note being typed is kept for next time; the session ends
        self.lookup.live.stop()
        self.offline.stop()
        qapp().removeEventFilter(self.scanner)
        self.tasks.wait(5000)
        super().closeEvent(event)
