"""The return policy editor (admins, store managers): the rules as JSON, checked on save; each
save is a new version from a start time; earlier versions stay for the returns they judged."""

from __future__ import annotations

import json
from html import escape

from PySide6.QtCore import QDateTime, QTimer
from PySide6.QtWidgets import (
    QDateTimeEdit, QDialog, QFormLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QVBoxLayout,
)

from posassist.db.session import Database
from posassist.errors import PosassistError
from posassist.services import policy_admin
from posassist.services.dto import StaffInfo
from posassist.ui.widgets import named


class PolicyDialog(QDialog):
    def __init__(self, db: Database, staff: StaffInfo, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.db, self.staff = db, staff
        self.setObjectName("policyDialog")
        self.setAccessibleName("Return policy")
        self.setWindowTitle("Return policy")
        self.versions = named(QListWidget(), "policyVersions", "Policy versions")
        self.versions.setMaximumHeight(110)
        self.editor = named(QPlainTextEdit(), "policyRules", "Policy rules (JSON)")
        self.editor.setTabChangesFocus(True)
        self.start = named(QDateTimeEdit(QDateTime.currentDateTime()), "policyStart", "In force from")
        self.note = named(QLineEdit(), "policyNote", "What changed and why")
        self.save_btn = named(QPushButton("&Save as a new version"), "policySave", "Save the policy as a new version")
        self.save_btn.setAutoDefault(False)
        self.message = QLabel("")
        self.message.setObjectName("policyMessage")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow("In force &from:", self.start)
        form.addRow("&Note:", self.note)
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
            self.versions.addItem(f"v{v.version} · from {v.effective_from:%Y-%m-%d %H:%M} · {v.note}")
        current = policy_admin.in_force(self.db) if all_versions else None
        self.editor.setPlainText(json.dumps(current.rules if current else {}, indent=2, ensure_ascii=False))

    def save(self) -> None:
        try:
            rules = json.loads(self.editor.toPlainText())
        except json.JSONDecodeError as err:
            self.message.setText(f"<span style='color:#b00020'>Not valid JSON at line {err.lineno}, column {err.colno}: "
                                 f"{escape(err.msg)}</span>")
            return
        try:
            v = policy_admin.save(self.db, rules, staff=self.staff, note=self.note.text(),
                                  effective_from=self.start.dateTime().toPython().astimezone())
        except PosassistError as err:
            self.message.setText(f"<span style='color:#b00020'>{escape(str(err))}</span>")
            return
        self.message.setText(f"Saved as version {v.version}, in force from {v.effective_from:%Y-%m-%d %H:%M}.")
        self.refresh()
