"""The one window the associate keeps open: look-up, the customer beside it, status below."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QMainWindow, QSizePolicy, QVBoxLayout, QWidget

from posassist import i18n
from posassist.bootstrap import App
from posassist.i18n import tr
from posassist.labels import label as code_label
from posassist.services.customers import CustomerProfile
from posassist.services.dto import StaffInfo
from posassist.ui.appearance import Appearance
from posassist.ui.customer_actions import CustomerActions
from posassist.ui.customers.pane import CustomerPane
from posassist.ui.idle import IdleLock
from posassist.ui.lookup.pane import LookupPane
from posassist.ui.scanner import ScannerFilter
from posassist.ui.tasks import TaskRunner
from posassist.ui.widgets import open_dialog


def _short_where(where: str) -> str:
    """'sqlite · posassist.db' or 'postgresql · db-host/posassist': the full address is the tooltip."""
    engine, _, rest = where.partition("://")
    tail = rest.rsplit("/", 1)[-1] if engine.startswith("sqlite") else rest.rsplit("@", 1)[-1]
    return f"{engine.split('+')[0]} · {tail}"


class MainWindow(CustomerActions, QMainWindow):
    def __init__(self, app: App, staff: StaffInfo, settings: QSettings | None = None) -> None:
        super().__init__()
        self.app, self.staff = app, staff
        self.qsettings = settings or QSettings("posassist", "posassist")
        self.setObjectName("mainWindow")
        self.setAccessibleName(tr("posassist"))
        store = app.store
        self.setWindowTitle(tr("posassist — {name}", name=store.name if store else "no store"))
        self.tasks = TaskRunner(self)
        self.wizard = None
        self.lookup = LookupPane(app.db, store, self.tasks)
        self.banner = QLabel("")
        self.banner.setObjectName("alertBanner")
        self.banner.setAccessibleName(tr("Pinned customer alerts"))
        self.banner.setWordWrap(True)
        self.banner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)  # grows with large text
        self.banner.setTextFormat(Qt.TextFormat.RichText)
        self.banner.hide()
        central = QWidget()
        lay = QVBoxLayout(central)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(self.banner)
        lay.addWidget(self.lookup, 1)
        self.setCentralWidget(central)
        self.customers = CustomerPane(app.db, self.tasks, staff, app.store.id if app.store else None)
        self.customer_dock = QDockWidget(tr("Customer"), self)
        self.customer_dock.setObjectName("customerDock")
        self.customer_dock.setAccessibleName(tr("Customer pane"))
        self.customer_dock.setWidget(self.customers)
        self.customer_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.customer_dock)
        self.customers.customer_changed.connect(self._customer_changed)
        self.scanner = ScannerFilter(self)
        self.scanner.scanned.connect(self.lookup.show_scan)
        self.scanner.typed.connect(self.lookup.type_in)
        QApplication.instance().installEventFilter(self.scanner)
        self.approvals_dock = None
        if self.staff.may_approve and app.store is not None:
            self._build_approvals()
        self.appearance = Appearance(self.qsettings)
        self._build_actions()
        self._build_status()
        self._idle = IdleLock(self, self.lock, minutes=app.settings.idle_lock_minutes)
        self.resize(1280, 800)
        self._restore()

    def _action(self, name: str, text: str, keys: str | QKeySequence.StandardKey, slot) -> QAction:  # type: ignore[no-untyped-def]
        act = QAction(text, self)
        act.setObjectName(name)
        act.setShortcut(QKeySequence(keys))
        act.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        act.triggered.connect(slot)
        self.addAction(act)
        return act

    def _build_actions(self) -> None:
        menu = self.menuBar()
        menu.setObjectName("menuBar")
        menu.setAccessibleName(tr("Menu"))
        go = menu.addMenu(tr("&Go"))
        go.setObjectName("goMenu")
        go.addAction(self._action("actionLookup", tr("Product look-up"), "F2", self.lookup.focus_search))
        go.addAction(self._action("actionCustomer", tr("Find customer"), "F3", self._focus_customer))
        go.addAction(self._action("actionNote", tr("Write a note for this customer"), "F4", self.write_note))
        go.addAction(
            self._action("actionFollowUp", tr("New follow-up for this customer"), "Ctrl+Shift+F", self.new_follow_up)
        )
        go.addAction(self._action("actionNewCustomer", tr("New customer"), "Ctrl+N", self.new_customer))
        go.addAction(
            self._action("actionPinAlert", tr("Pin an alert on this customer"), "Ctrl+Shift+A", self.pin_alert)
        )
        go.addAction(self._action("actionRate", tr("End the interaction (rating)"), "F11", self.end_interaction))
        go.addAction(self._action("actionMyFollowUps", tr("My follow-ups"), "F12", self.show_my_follow_ups))
        go.addAction(self._action("actionReturn", tr("Return or exchange"), "F5", self.open_return))
        go.addAction(
            self._action(
                "actionUseReplacement", tr("Use the card's item as the replacement"), "F6", self.use_card_as_replacement
            )
        )
        go.addAction(
            self._action("actionGoodwill", tr("Goodwill / exception for this customer"), "F8", self.open_goodwill)
        )
        go.addAction(
            self._action(
                "actionHold", tr("Hold the card's item at another store for this customer"), "F10", self.hold_item
            )
        )
        go.addAction(self._action("actionApprovals", tr("Approval queue"), "F7", self.show_approvals))
        go.addAction(
            self._action("actionDashboard", tr("Dashboard (shift leads, managers)"), "Ctrl+D", self.open_dashboard)
        )
        if self.staff.role in ("admin", "store_manager"):
            go.addAction(self._action("actionStaff", tr("Staff accounts…"), "Ctrl+Shift+S", self.open_staff))
            go.addAction(self._action("actionCatalogue", tr("Catalogue import…"), "Ctrl+Shift+I", self.open_catalogue))
            go.addAction(self._action("actionPolicy", tr("Return policy…"), "Ctrl+Shift+P", self.open_policy))
            go.addAction(
                self._action(
                    "actionErase", tr("Erase this customer's personal data…"), "Ctrl+Shift+E", self.erase_customer
                )
            )
        go.addSeparator()
        go.addAction(self._action("actionHelp", tr("Keys (help)"), "F1", self.show_help))
        go.addAction(
            self._action("actionTheme", tr("Next theme (light, dark, high contrast)"), "Ctrl+T", self.next_theme)
        )
        go.addAction(self._action("actionBigger", tr("Larger text"), "Ctrl++", self.bigger_text))
        go.addAction(self._action("actionBiggerEq", tr("Larger text"), "Ctrl+=", self.bigger_text))
        go.addAction(self._action("actionSmaller", tr("Smaller text"), "Ctrl+-", self.smaller_text))
        languages = go.addMenu(tr("&Language"))
        languages.setObjectName("languageMenu")
        for code, label in i18n.LANGUAGES.items():
            act = languages.addAction(label)
            act.setObjectName(f"actionLanguage_{code}")
            act.triggered.connect(lambda _c=False, code=code, label=label: self.choose_language(code, label))
        go.addAction(self._action("actionLock", tr("Lock counter / sign out"), "F9", self.lock))
        go.addAction(self._action("actionQuit", tr("Quit"), "Ctrl+Q", self.close))

    def _build_status(self) -> None:
        bar = self.statusBar()
        bar.setObjectName("statusBar")
        store = self.app.store
        self.status_store = QLabel(
            tr("Store: {code} {name}", code=store.code, name=store.name)
            if store
            else tr("Store: none (load the demo or import a catalogue)")
        )
        self.status_counter = QLabel(tr("Counter: {counter}", counter=self.app.settings.counter))
        self.status_staff = QLabel(
            tr("Signed in: {name} ({role_label})", name=self.staff.name, role_label=code_label(self.staff.role))
        )
        self.status_db = QLabel(tr("Database: {where}", where=_short_where(self.app.db.where)))
        self.status_db.setToolTip(self.app.db.where)
        for name, label in (
            ("statusStore", self.status_store),
            ("statusCounter", self.status_counter),
            ("statusStaff", self.status_staff),
            ("statusDatabase", self.status_db),
        ):
            label.setObjectName(name)
            label.setAccessibleName(label.text())
            bar.addPermanentWidget(label)

    def show_help(self) -> None:
        from posassist.ui.appearance import HelpDialog

        self.help_dialog = open_dialog(self, HelpDialog(self))

    def next_theme(self) -> None:
        self.statusBar().showMessage(
            tr("Theme: {next_theme}", next_theme=code_label(self.appearance.next_theme())), 4000
        )

    def choose_language(self, code: str, label: str) -> None:
        """Remembered for this counter; the windows are built in it from the next start."""
        self.qsettings.setValue("appearance/language", code)
        self.statusBar().showMessage(tr("{language} from the next start of posassist.", language=label), 8000)

    def bigger_text(self) -> None:
        self.statusBar().showMessage(tr("Text size {bigger:.0%}", bigger=self.appearance.bigger()), 4000)
        self._text_size_changed()

    def smaller_text(self) -> None:
        self.statusBar().showMessage(tr("Text size {smaller:.0%}", smaller=self.appearance.smaller()), 4000)
        self._text_size_changed()

    def _text_size_changed(self) -> None:
        self.banner.setFont(QApplication.font())  # styled labels keep their own font otherwise
        self.lookup.card.grid.resizeColumnsToContents()
        self.lookup.card.grid.resizeRowsToContents()
        self.lookup.card.fit_grid()
        self.lookup.arrange()
        self.lookup.fit_columns()

    def _build_approvals(self) -> None:
        from posassist.ui.approvals.queue import ApprovalQueue

        self.approval_queue = ApprovalQueue(
            self.app.db, self.app.store.id, self.staff, self.app.settings.counter, self.tasks
        )
        self.approvals_dock = QDockWidget(tr("Approvals"), self)
        self.approvals_dock.setObjectName("approvalsDock")
        self.approvals_dock.setAccessibleName(tr("Approval queue"))
        self.approvals_dock.setWidget(self.approval_queue)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.approvals_dock)
        self.approval_queue.count_changed.connect(
            lambda n: self.approvals_dock.setWindowTitle(tr("Approvals ({n} waiting)", n=n) if n else tr("Approvals"))
        )

    def open_dashboard(self) -> None:
        if not self.staff.may_approve and self.staff.role != "admin":
            self.statusBar().showMessage(tr("The dashboard is for shift leads and managers."), 6000)
            return
        from posassist.ui.dashboard.window import DashboardWindow

        self.dashboard = DashboardWindow(
            self.app.db, self.tasks, self.app.store.currency if self.app.store else "CAD", self
        )
        open_dialog(self, self.dashboard)

    def show_approvals(self) -> None:
        if self.approvals_dock is None:
            self.statusBar().showMessage(tr("Approvals are decided by shift leads and managers."), 6000)
            return
        self.approvals_dock.show()
        self.approval_queue.list.setFocus()
        if self.approval_queue.list.count():
            self.approval_queue.list.setCurrentRow(0)

    def open_catalogue(self) -> None:
        from posassist.ui.admin.catalogue_dialog import CatalogueDialog

        open_dialog(
            self,
            CatalogueDialog(self.app.db, self.app.store, self.staff, self.tasks, self.app.settings.backup_dir, self),
        )

    def open_policy(self) -> None:
        from posassist.ui.admin.policy_dialog import PolicyDialog

        open_dialog(self, PolicyDialog(self.app.db, self.staff, self))

    def open_staff(self) -> None:
        from posassist.ui.admin.staff_dialog import StaffDialog

        open_dialog(self, StaffDialog(self.app.db, self.staff, self))

    def open_return(self) -> None:
        """F5: the return wizard, for the customer in the pane (their purchases are listed)."""
        if self.app.store is None:
            self.statusBar().showMessage(tr("No store is set up; load the demo or import a catalogue first."), 8000)
            return
        if self.wizard is not None and self.wizard.isVisible():
            self.wizard.raise_()
            self.wizard.activateWindow()
            return
        from posassist.services import returns
        from posassist.ui.returns.wizard import ReturnWizard

        customer = self.customers.current.id if self.customers.current else None
        card = self.lookup.card.card
        sale = returns.customer_sale_with(self.app.db, customer, card.variant_id) if customer and card else None
        self.wizard = ReturnWizard(
            self.app.db,
            self.app.store,
            self.staff,
            counter=self.app.settings.counter,
            receipts_dir=self.app.settings.data_dir / "receipts",
            customer_id=customer,
            sale=sale,
            parent=self,
        )
        self.wizard.customer_selected.connect(self.customers.select_customer)
        self.wizard.committed.connect(self._return_done)
        self.wizard.show()
        self.wizard.windowHandle().requestActivate()

    def use_card_as_replacement(self) -> None:
        card = self.lookup.card.card
        if card is None:
            self.statusBar().showMessage(tr("Open a product card first (scan or search, then Enter)."), 6000)
            return
        if self.wizard is None or not self.wizard.isVisible() or not self.wizard.use_replacement(card.variant_id):
            self.statusBar().showMessage(
                tr("Open a return (F5) and go to the 'what the customer wants' step first."), 6000
            )
            return
        self.wizard.raise_()

    def _return_done(self, result) -> None:  # type: ignore[no-untyped-def]
        where = (
            tr("; receipt saved to {path}", path=self.wizard.receipt_path)
            if self.wizard and self.wizard.receipt_path
            else ""
        )
        self.statusBar().showMessage(
            tr("Return {return_no} confirmed{where}.", return_no=result.return_no, where=where), 15000
        )
        if self.customers.current:
            self.customers.select_customer(self.customers.current.id)

    def _focus_customer(self) -> None:
        self.customer_dock.show()
        self.customers.focus_search()

    def _customer_changed(self, p: CustomerProfile | None) -> None:
        if p is None or not p.alerts:
            self.banner.hide()
            return
        self.banner.setText(
            f"<b>{escape(p.preferred_name or p.name)}</b>: "
            + " · ".join(
                f"<span style='color:{'#b00020' if a.severity == 'critical' else '#6d4c00'}'>"
                f"<b>{escape(code_label(a.kind).upper())}</b> {escape(a.text)}</span>"
                for a in p.alerts
            )
        )
        self.banner.setStyleSheet("background:#fff3f3;color:#1a1a1a;border:2px solid #b00020;padding:6px;")
        self.banner.show()

    def lock(self) -> None:
        from posassist.ui.signin import SignInDialog

        current = getattr(self, "sign_in_dialog", None)
        if current is not None and current.isVisible():
            return  # already locked
        self.hide()
        dlg = SignInDialog(self.app.db, self.app.store, self.app.settings.counter)
        self.sign_in_dialog = dlg
        dlg.finished.connect(lambda _r: self._signed_in_again(dlg))
        dlg.show()
        dlg.windowHandle().requestActivate()

    def _signed_in_again(self, dlg) -> None:  # type: ignore[no-untyped-def]
        if dlg.result() and dlg.staff:
            self.staff = dlg.staff
            self.status_staff.setText(
                tr("Signed in: {name} ({role_label})", name=self.staff.name, role_label=code_label(self.staff.role))
            )
            if self.staff.may_approve and self.approvals_dock is None and self.app.store is not None:
                self._build_approvals()
            if self.approvals_dock is not None:
                self.approval_queue.staff = self.staff
                self.approvals_dock.setVisible(self.staff.may_approve)
            self.customers.notes.staff = self.staff
            staff_action = self.findChild(QAction, "actionStaff")
            if staff_action is not None:
                staff_action.setEnabled(self.staff.role in ("admin", "store_manager"))
            self.show()
            self.show_my_follow_ups(only_if_any=True)
        else:
            self.close()

    def _restore(self) -> None:
        geo = self.qsettings.value("main/geometry")
        state = self.qsettings.value("main/state")
        if geo is not None:
            self.restoreGeometry(geo)
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.qsettings.setValue("main/geometry", self.saveGeometry())
        self.qsettings.setValue("main/state", self.saveState())
        self.customers.notes.save_draft_now()  # a note being typed is kept for next time
        self.lookup.live.stop()
        if self.approvals_dock is not None:
            self.approval_queue.listener.stop()
        QApplication.instance().removeEventFilter(self.scanner)
        self.tasks.wait(5000)
        super().closeEvent(event)
