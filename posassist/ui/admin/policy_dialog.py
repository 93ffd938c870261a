"""The return policy editor (admins, store managers): the rules as JSON, checked on save; each
save is a new version from a start time; earlier versions stay for the returns they judged."""

from __future__ import annotations

import json
from datetime import datetime
from typing import cast

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
    QWidget,
)

from posassist.errors import InvalidInput
from posassist.i18n import tr
from posassist.services.dto import StaffSession
from posassist.services.policy_admin import PolicyAdmin, PolicyVersion
from posassist.ui.tasks import TaskRunner
from posassist.ui.widgets import named

Versions = tuple[list[PolicyVersion], PolicyVersion | None]


class PolicyDialog(QDialog):
    def __init__(
        self, policy: PolicyAdmin, session: StaffSession, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.policy, self.session, self.tasks = policy, session, tasks
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
        policy = self.policy

        def read() -> Versions:
            versions = policy.versions()
            return versions, policy.in_force() if versions else None

        self.tasks.submit(read, on_done=self._show, inline=self.message, key="policy-versions")

    def _show(self, data: Versions) -> None:
        all_versions, current = data
        self.versions.clear()
        for v in all_versions:
            self.versions.addItem(
                tr(
                    "v{version} · from {effective_from:%Y-%m-%d %H:%M} · {note}",
                    version=v.version,
                    effective_from=v.effective_from,
                    note=v.note,
                )
            )
        self.editor.setPlainText(json.dumps(current.rules if current else {}, indent=2, ensure_ascii=False))

    def save(self) -> None:
        text, note, policy, session = self.editor.toPlainText(), self.note.text(), self.policy, self.session
        start = cast(datetime, self.start.dateTime().toPython()).astimezone()

        def write() -> PolicyVersion:
            try:
                rules = json.loads(text)
            except json.JSONDecodeError as err:
                raise InvalidInput(
                    tr(
                        "Not valid JSON at line {lineno}, column {colno}: {msg}",
                        lineno=err.lineno,
                        colno=err.colno,
                        msg=err.msg,
                    ),
                    field="rules",
                ) from err
            return policy.save(session, rules, note=note, effective_from=start)

        self.tasks.submit(write, on_done=self._saved, inline=self.message, fields={"rules": self.editor})

    def _saved(self, v: PolicyVersion) -> None:
        self.message.setText(
            tr(
                "Saved as version {version}, in force from {effective_from:%Y-%m-%d %H:%M}.",
                version=v.version,
                effective_from=v.effective_from,
            )
        )
        self.refresh()
