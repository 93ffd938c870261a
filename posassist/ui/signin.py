"""Staff sign-in: staff code (or badge scan) and PIN."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from posassist.db.session import Database
from posassist.errors import LockedOut, PosassistError
from posassist.i18n import tr
from posassist.services import auth
from posassist.services.dto import StaffInfo, StoreInfo
from posassist.ui.scanner import mark_scan_target
from posassist.ui.widgets import named


class SignInDialog(QDialog):
    def __init__(self, db: Database, store: StoreInfo | None, counter: str, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.db, self.store, self.counter = db, store, counter
        self.staff: StaffInfo | None = None
        self.setObjectName("signInDialog")
        self.setAccessibleName(tr("Sign in"))
        where = (
            tr("{store} · counter {counter}", store=store.name, counter=counter)
            if store
            else tr("counter {counter}", counter=counter)
        )
        self.setWindowTitle(tr("posassist — sign in ({where})", where=where))
        title = QLabel(tr("<h2>Sign in</h2><p>{where}</p>", where=where))
        title.setObjectName("signInTitle")
        self.code = named(QLineEdit(), "signInCode", tr("Staff code"), tr("Type your staff code or scan your badge"))
        self.code.setPlaceholderText(tr("Staff code or badge"))
        self.pin = named(QLineEdit(), "signInPin", tr("PIN"), tr("Your PIN; it is never shown"))
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        for field in (self.code, self.pin):  # a badge scanned here is for this dialog
            mark_scan_target(field)
        self.pin.setPlaceholderText(tr("PIN"))
        self.error = QLabel("")
        self.error.setObjectName("signInError")
        self.error.setAccessibleName(tr("Sign-in message"))
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020; font-weight: bold;")
        self.button = named(QPushButton(tr("Sign in")), "signInButton", tr("Sign in"))
        # no default button: Enter is handled per field, so one Enter is one attempt
        self.button.setAutoDefault(False)
        form = QFormLayout()
        form.addRow(tr("&Staff code"), self.code)
        form.addRow(tr("&PIN"), self.pin)
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(self.button, alignment=Qt.AlignmentFlag.AlignRight)
        self.code.returnPressed.connect(self._code_entered)
        self.pin.returnPressed.connect(self.try_sign_in)
        self.button.clicked.connect(self.try_sign_in)
        self.resize(420, 240)

    def _code_entered(self) -> None:
        text = self.code.text().strip()
        if text.upper().startswith("BADGE-"):
            try:
                self.code.setText(auth.code_for_badge(self.db, text))
            except PosassistError as err:
                self.error.setText(str(err))
                self.code.selectAll()
                return
        self.pin.setFocus()

    def try_sign_in(self) -> None:
        if not self.code.text().strip():
            self.code.setFocus()
            return
        try:
            self.staff = auth.sign_in(
                self.db,
                self.code.text(),
                self.pin.text(),
                counter=self.counter,
                tz_name=self.store.timezone if self.store else None,
            )
        except LockedOut as err:
            self.error.setText(str(err))
            self.pin.clear()
            self.code.setFocus()
            self.code.selectAll()
            return
        except PosassistError as err:
            self.error.setText(str(err))
            self.pin.clear()
            self.pin.setFocus()
            return
        self.accept()
