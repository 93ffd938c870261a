"""The customer pane: find the customer, use their name, see alerts and what happened before."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from posassist import i18n
from posassist.domain.permissions import Action, may
from posassist.i18n import tr
from posassist.labels import label
from posassist.services.customer_edit import CustomerRecord
from posassist.services.customers import CustomerProfile, CustomerSummary
from posassist.services.dto import StaffSession
from posassist.ui.appearance_labels import RichLabel
from posassist.ui.customers.fitted import FitRow, FittedArea
from posassist.ui.customers.notes_panel import NotesPanel
from posassist.ui.scanner import mark_scan_target
from posassist.ui.tasks import TaskRunner
from posassist.ui.widgets import clear_button, named, open_dialog, readable

__all__ = ["CustomerPane", "FitRow", "FittedArea", "SEVERITY_STYLE"]

if TYPE_CHECKING:
    from posassist.bootstrap import Services

SEVERITY_STYLE = {
    "critical": "background:#b00020;color:white",
    "warning": "background:#ffd54f;color:black",
    "info": "background:#e3f2fd;color:black",
}


class CustomerPane(QWidget):
    customer_changed = Signal(object)  # CustomerProfile or None

    def __init__(
        self,
        svc: Services,
        tasks: TaskRunner,
        session: StaffSession | None,
        store_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.customers, self.tasks = svc.customers, tasks
        self.store_credit = svc.store_credit
        self.current: CustomerProfile | None = None
        self.started_at: datetime | None = None  # when this customer's interaction began (response time)
        self.setObjectName("customerPane")
        self.setAccessibleName(tr("Customer"))
        self.search = named(
            QLineEdit(), "customerSearch", tr("Find customer"), tr("Name, phone, email or loyalty card (F3)")
        )
        self.search.setPlaceholderText(tr("Find customer: name, phone, email, card  (F3)"))
        clear_button(self.search, tr("Clear the customer search"))
        mark_scan_target(self.search)  # loyalty cards are scanned here
        self.results = named(
            QListWidget(), "customerResults", tr("Matching customers"), tr("Enter selects the customer")
        )
        self.results.setMaximumHeight(130)
        self.results.hide()  # shown while there is a choice to make
        self.alerts = QLabel("")
        self.alerts.setObjectName("customerAlerts")
        readable(self.alerts, tr("Customer alerts"))
        self.alerts.setWordWrap(True)
        self.alerts.setTextFormat(Qt.TextFormat.RichText)
        self.profile = RichLabel(tr("No customer selected."))
        self.profile.setObjectName("customerProfile")
        readable(self.profile, tr("Customer profile and history"))
        self.profile.setWordWrap(True)
        self.profile.setTextFormat(Qt.TextFormat.RichText)
        self.profile.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.credit = QLabel("")
        self.credit.setObjectName("customerStoreCredit")
        readable(self.credit, tr("Store credit balance"))
        about = QWidget()
        about.setObjectName("customerAbout")
        inner = QVBoxLayout(about)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.profile)
        inner.addWidget(self.credit)
        inner.addStretch(1)
        self.about = FittedArea(about)
        self.about.setObjectName("customerAboutScroll")
        self.about.setAccessibleName(tr("Customer profile and history"))
        lay = QVBoxLayout(self)
        lay.addWidget(self.search)
        lay.addWidget(self.results)
        lay.addWidget(self.alerts)
        lay.addWidget(self.about)
        self.session = session
        lay.addWidget(self._keep_up_buttons())
        self.notes = NotesPanel(svc, tasks, session, store_id)
        self.notes.changed.connect(self._refresh)
        lay.addWidget(self.notes, 1)
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self._find)
        self.search.textEdited.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self._enter)
        self._shown_for: str | None = None  # the text the listed matches are for
        self.search.installEventFilter(self)
        self.results.itemActivated.connect(self._chosen)

    def set_session(self, session: StaffSession | None) -> None:
        self.session = session
        self.notes.set_session(session)

    # -- keeping the record up (issue 25) -------------------------------------------------------
    def _keep_up_buttons(self) -> FitRow:
        self.edit_button = named(
            QPushButton(tr("&Edit record…")), "customerEdit", tr("Edit the customer's record (Ctrl+E)")
        )
        self.merge_button = named(
            QPushButton(tr("Merge du&plicate…")),
            "customerMerge",
            tr("Merge a duplicate record into this one (Ctrl+M)"),
        )
        for b, slot in ((self.edit_button, self.edit_record), (self.merge_button, self.merge_duplicate)):
            b.setAutoDefault(False)
            b.setEnabled(False)  # with a customer on the pane
            b.clicked.connect(lambda _c=False, slot=slot: slot())
        QShortcut(QKeySequence("Ctrl+E"), self, self.edit_record)
        QShortcut(QKeySequence("Ctrl+M"), self, self.merge_duplicate)
        return FitRow(self.edit_button, self.merge_button)

    def _with_record(self, action: Action, then: Callable[[StaffSession, CustomerRecord], None]) -> None:
        session, current = self.session, self.current
        if current is None or session is None:
            self.tasks.messages.say(tr("Find the customer first (F3)."), 6000)
            return
        if not may(session.role, action):  # the mirror; the service decides
            self.tasks.messages.say(
                tr("Your role may not do this; ask a shift lead.")
                if action == Action.CUSTOMER_MERGE
                else tr("Your role may not do this; ask a store manager."),
                8000,
            )
            return
        customers, cid = self.customers, current.id
        self.tasks.submit(lambda: customers.record(cid), on_done=lambda r: then(session, r), key="customer-record")

    def edit_record(self) -> None:
        """Ctrl+E: every field of the customer, consents, dates, related customers, history."""
        from posassist.ui.customers.editor import CustomerEditor

        def opened(session: StaffSession, record: CustomerRecord) -> None:
            dlg = CustomerEditor(
                self.customers, session, self.tasks, record, self.window(), open_customer=self.select_customer
            )
            open_dialog(self.window(), dlg, lambda: self.select_customer(record.id), name="customer_editor")

        self._with_record(Action.CUSTOMER_EDIT, opened)

    def merge_duplicate(self) -> None:
        """Ctrl+M: choose the duplicate, see what moves, confirm (or undo the last merge)."""
        from posassist.ui.customers.merge_dialog import MergeDialog

        def opened(session: StaffSession, record: CustomerRecord) -> None:
            dlg = MergeDialog(self.customers, session, self.tasks, record, self.window())

            def done() -> None:
                if dlg.merged is not None:
                    self.tasks.messages.say(tr("Merged; it can be undone until the day is closed (Ctrl+M)."), 8000)
                    self.select_customer(dlg.merged.kept.id)
                elif dlg.undone is not None:
                    self.tasks.messages.say(tr("Merge undone: the duplicate is a record of its own again."), 8000)
                    self.select_customer(record.id)

            open_dialog(self.window(), dlg, done, name="merge_dialog")

        self._with_record(Action.CUSTOMER_MERGE, opened)

    def leave(self) -> list[Callable[[StaffSession], object]]:
        """The counter locks: this customer, and what was typed to find them, go; the note being
        typed is kept for its author (returned: run with the leaving session)."""
        keep = self.notes.leave()
        self._debounce.stop()
        self.search.clear()
        self.results.clear()
        self.results.hide()
        self.alerts.clear()
        self.credit.clear()
        self.profile.setText(tr("No customer selected."))
        self.about.updateGeometry()
        self.current, self.started_at = None, None
        self.edit_button.setEnabled(False)
        self.merge_button.setEnabled(False)
        self.customer_changed.emit(None)
        return keep

    def clear_customer(self, session: StaffSession | None) -> None:
        """The interaction ended (F11): this customer, and what was typed to find them, leave the
        screen; a note still being typed is kept as the associate's draft for that customer."""
        keep = self.leave()
        if session is not None and keep:
            self.tasks.submit(lambda: [save(session) for save in keep])

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _refresh(self) -> None:
        if self.current is not None:
            self.select_customer(self.current.id)

    def _find(self, then_select: bool = False) -> None:
        text, customers = self.search.text(), self.customers
        self.tasks.submit(
            lambda: customers.find(text),
            on_done=lambda rows: self._show_results(rows, then_select, text),
            key="customer-find",
        )

    def _enter(self) -> None:
        """Enter picks the customer highlighted in the list shown for this text (the first one, or
        the one moved to with ↓): one Enter. With nothing listed yet it looks the text up and
        picks the customer if only one matches (a card scanned)."""
        self._debounce.stop()
        text = self.search.text()
        self.search.selectAll()  # the next card scanned or name typed replaces this one
        if self.results.count() and self.results.currentItem() and self._shown_for == text:
            self._chosen(self.results.currentItem())
            return
        self.search.setModified(False)
        self._find(then_select=True)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        """↓/↑ in the search move the highlight in the list of matches (Enter then picks it)."""
        if (
            obj is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)
            and self.results.isVisible()
            and self.results.count()
        ):
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            row = min(max(0, self.results.currentRow() + step), self.results.count() - 1)
            self.results.setCurrentRow(row)
            return True
        return False

    def _show_results(self, rows: list[CustomerSummary], then_select: bool, text: str | None = None) -> None:
        self._shown_for = text
        self.results.clear()
        for r in rows:
            item = QListWidgetItem(f"{r.name} · {r.phone or ''} · {r.loyalty_card or ''}")
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            self.results.addItem(item)
        self.results.setVisible(len(rows) > 1 or not then_select)
        if rows:
            self.results.setCurrentRow(0)
            if then_select and len(rows) == 1:  # Enter asked for it and there is no choice to make
                self._chosen(self.results.item(0))
            # several: the list shows them, the first highlighted; ↓/↑ in the search move, Enter picks
        else:
            self.profile.setText(tr("No customer found. Check the spelling, or try the phone number."))

    def _chosen(self, item: QListWidgetItem) -> None:
        self.results.hide()
        self.select_customer(int(item.data(Qt.ItemDataRole.UserRole)))

    def select_customer(self, customer_id: int) -> None:
        customers = self.customers
        self.tasks.submit(lambda: customers.profile(customer_id), on_done=self.show_profile, key="customer-profile")

    def show_profile(self, p: CustomerProfile) -> None:
        if self.current is None or self.current.id != p.id:
            self.started_at = datetime.now(UTC)
            self.notes.show_customer(p.id)
        self.current = p
        self.edit_button.setEnabled(True)
        self.merge_button.setEnabled(self.session is not None and may(self.session.role, Action.CUSTOMER_MERGE))
        self.alerts.setText(
            "".join(
                f"<div style='{SEVERITY_STYLE.get(a.severity, '')};padding:4px;margin:2px 0'>"
                f"<b>{escape(label(a.kind).upper())}</b>: {escape(a.text)}</div>"
                for a in p.alerts
            )
        )
        name = escape(p.preferred_name or p.name)
        say = " <i>" + tr("(say “{sound}”)", sound=escape(p.pronunciation)) + "</i>" if p.pronunciation else ""
        parts = [
            f"<h2 style='margin:0'>{name}{say}</h2><div>{escape(p.name)}</div>",
            "<div>"
            + tr(
                "{phone} · {email} · card {card}",
                phone=escape(p.phone or ""),
                email=escape(p.email or ""),
                card=escape(p.loyalty_card or "—"),
            )
            + "</div>",
            "<div>"
            + tr(
                "Prefers: {channel} · may contact for offers by: {consents}",
                channel=escape(label(p.preferred_channel) or tr("any channel")),
                consents=escape(", ".join(label(c) for c in p.consents) or tr("nothing (no consent)")),
            )
            + "</div>",
        ]
        if p.lifetime_free_shipping:
            parts.append("<div><b>" + tr("Lifetime free shipping") + "</b></div>")
        if p.preferences:
            prefs = "; ".join(f"{k}: {', '.join(v) if isinstance(v, list) else v}" for k, v in p.preferences.items())
            parts.append("<div>" + tr("Preferences: {list}", list=escape(prefs)) + "</div>")
        if p.tags:
            parts.append("<div>" + tr("Tags: {list}", list=escape(", ".join(p.tags))) + "</div>")
        if p.open_follow_ups:
            parts.append("<div><b>" + tr("Open follow-ups: {count}", count=p.open_follow_ups) + "</b></div>")
        if p.related_name:
            parts.append(
                "<div>"
                + tr(
                    "{relation} of {name}",
                    relation=escape(p.relation or tr("related")).capitalize(),
                    name=escape(p.related_name),
                )
                + "</div>"
            )
        if p.dates:
            parts.append("<div>" + tr("Dates: {list}", list=escape("; ".join(p.dates))) + "</div>")
        self.profile.setText("".join(parts))
        self.about.updateGeometry()
        self._show_credit(p.id)
        self.customer_changed.emit(p)

    def _show_credit(self, customer_id: int) -> None:
        """What the customer can spend in store credit today, over all their vouchers."""
        credit = self.store_credit

        def shown(found: tuple[int, str | None]) -> None:
            if self.current is None or self.current.id != customer_id:
                return
            amount, currency = found
            text = tr("Store credit: {amount}", amount=i18n.money(amount, currency)) if amount and currency else ""
            self.credit.setText(text)

        self.tasks.submit(lambda: credit.balance(customer_id), on_done=shown, key="customer-credit")
