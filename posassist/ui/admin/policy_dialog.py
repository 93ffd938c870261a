"""The return policy editor (admins, store managers): the rules as JSON, checked on save; each
save is a new version from a start time; earlier versions stay for the returns they judged."""

from __future__ import annotations

import json
from html import escape

from PySide6.QtCore import QDateTime, QTimer
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from posassist.db.session import Database
from posassist.errors import PosassistError
from posassist.i18n import tr
from posassist.services import policy_admin
from posassist.services.dto import StaffInfo
from posassist.ui.widgets import named


class PolicyDialog(QDialog):
    def __init__(self, db: Database, staff: StaffInfo, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.db, self.staff = db, staff
        self.setObjectName("policyDialog")
        self.setAccessibleName(tr("Return policy"))
        self.setWindowTitle(tr("Return policy"))
        self.versions = named(QListWidget(), "policyVersions", tr("Policy versions"))
        self.versions.setMaximumHeight(110)
        self.editor = named(QPlainTextEdit(), "policyRules", tr("Policy rules (JSON)"))
        self.editor.setTabChangesFocus(True)
        self.start = named(QDateTimeEdit(QDateTime.currentDateTime()), "policyStart", tr("In force from"))
        self.note = named(QLineEdit(), "policyNote", tr("What changed and why"))
        self.save_btn = named(
            QPushButton(tr("&Save as a new version")), "policySave", tr("Save the policy as a new version")
        )
        self.save_btn.setAutoDefault(False)
        self.message = QLabel("")
        self.message.setObjectName("policyMessage")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("In force &from:"), self.start)
        form.addRow(tr("&Note:"), self.note)
        lay = QVBoxLayout(self)
        lay.addWidget(self.versions)
        lay.addWidget(self.editor, 1)
        lay.addLayout(form)
        lay.addWidget(self.save_btn)
        lay.addWidget(self.message)
        self.save_btn.clicked.connect(self.save)
        self.resize(760, 640)
        self.refresh()
        QTimer.singleShot(0, self.editor, self.editor.setFocus)

    def refresh(self) -> None:
        self.versions.clear()
        all_versions = policy_admin.versions(self.db)
        for v in all_versions:
            self.versions.addItem(
                tr(
                    "v{version} · from {effective_from:%Y-%m-%d %H:%M} · {note}",
                    version=v.version,
                    effective_from=v.effective_from,
                    note=v.note,
                )
            )
        current = policy_admin.in_force(self.db) if all_versions else None
        self.editor.setPlainText(json.dumps(current.rules if current else {}, indent=2, ensure_ascii=False))

    def save(self) -> None:
        try:
            rules = json.loads(self.editor.toPlainText())
        except json.JSONDecodeError as err:
            self.message.setText(
                tr(
                    "<span style='color:#b00020'>Not valid JSON at line {lineno}, column {colno}: {msg}</span>",
                    lineno=err.lineno,
                    colno=err.colno,
                    msg=escape(err.msg),
                )
            )
            return
        try:
            v = policy_admin.save(
                self.db,
                rules,
                staff=self.staff,
                note=self.note.text(),
                effective_from=self.start.dateTime().toPython().astimezone(),
            )
        except PosassistError as err:
            self.message.setText(f"<span style='color:#b00020'>{escape(str(err))}</span>")
            return
        self.message.setText(
            tr(
                "Saved as version {version}, in force from {effective_from:%Y-%m-%d %H:%M}.",
                version=v.version,
                effective_from=v.effective_from,
            )
        )
        self.refresh()
