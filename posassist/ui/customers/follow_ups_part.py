"""The customer's follow-ups under the profile: listed (overdue first in red), completed by
Enter, a new one promised for a day and time in the store's zone. A base of NotesPanel, which
builds the widgets declared here."""

from __future__ import annotations

from datetime import date, time
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDateTimeEdit, QLabel, QLineEdit, QListWidget, QListWidgetItem, QTabWidget, QWidget

from posassist import i18n
from posassist.i18n import tr
from posassist.labels import label
from posassist.services.dto import StaffSession
from posassist.services.followups import FollowUpView
from posassist.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from posassist.bootstrap import Services


class FollowUpsPart(QTabWidget):
    changed = Signal()  # something was written: the profile refreshes
    svc: Services
    tasks: TaskRunner
    session: StaffSession | None
    customer_id: int | None
    last_note_id: int | None
    follow: QListWidget
    promise: QLineEdit
    due: QDateTimeEdit
    follow_error: QLabel

    def _follow_up_fields(self) -> dict[str, QWidget]:
        return {"text": self.promise, "due": self.due}

    # -- follow-ups -----------------------------------------------------------------------------
    def refresh_follow_ups(self) -> None:
        customer = self.customer_id
        if customer is None:
            self.follow.clear()
            return
        follow_ups = self.svc.follow_ups
        self.tasks.submit(
            lambda: follow_ups.for_customer(customer),
            on_done=lambda rows: self._show_follow_ups(customer, rows),
            key="customer-follow-ups",
        )

    def _show_follow_ups(self, customer: int, rows: list[FollowUpView]) -> None:
        if customer != self.customer_id:
            return
        self.follow.clear()
        local = self.svc.follow_ups.local
        for f in rows:
            text = tr(
                "{overdue}{status} · due {day} · {owner} · {text}",
                overdue=tr("OVERDUE") + " " if f.overdue else "",
                status=label(f.status),
                day=i18n.moment(local(f.due_at), "d MMM HH:mm"),
                owner=f.owner_name,
                text=f.text,
            )
            if f.handover_note:
                text += "\n" + tr("Handed over by {name}: {note}", name=f.handed_over_by or "?", note=f.handover_note)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, f.id)
            if f.overdue:
                item.setForeground(QColor("#b00020"))
            self.follow.addItem(item)

    def _written(self, _result: object = None) -> None:
        self.refresh_follow_ups()
        self.changed.emit()

    def _complete(self, item: QListWidgetItem) -> None:
        session, follow_ups = self.session, self.svc.follow_ups
        if session is None:
            return
        follow_up = int(item.data(Qt.ItemDataRole.UserRole))
        self.tasks.submit(
            lambda: follow_ups.complete(session, follow_up), on_done=self._written, inline=self.follow_error
        )

    def _add_follow(self) -> None:
        session, customer = self.session, self.customer_id
        if customer is None or session is None:
            return
        d = cast(date, self.due.date().toPython())  # the wall-clock day and time typed, in the store's zone
        at = cast(time, self.due.time().toPython())
        text, last, follow_ups = self.promise.text(), self.last_note_id, self.svc.follow_ups

        def added(_view: object) -> None:
            if self.promise.text() == text:
                self.promise.clear()
            self._written()

        self.tasks.submit(
            lambda: follow_ups.create(
                session, customer_id=customer, owner_id=session.id, text=text, due=d, at=at, interaction_id=last
            ),
            on_done=added,
            inline=self.follow_error,
            fields=self._follow_up_fields(),
        )
