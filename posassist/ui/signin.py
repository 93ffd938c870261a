"""Staff sign-in: staff code (or badge scan) and PIN. The answer is a verified session."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from posassist.errors import LockedOut
from posassist.i18n import tr
from posassist.services.dto import StaffSession, StoreInfo
from posassist.ui.messages import ERROR_COLOUR, Messages
from posassist.ui.scanner import mark_scan_target
from posassist.ui.tasks import TaskRunner
from posassist.ui.widgets import named, readable

if TYPE_CHECKING:  # the window shows before the services exist (posassist.app): no import here
    from posassist.services.auth import Auth


class SignInDialog(QDialog):
    def __init__(
        self,
        auth: Auth,
        store: StoreInfo | None,
        counter: str,
        parent: QWidget | None = None,
        messages: Messages | None = None,
    ) -> None:
        super().__init__(parent)
        self.auth, self.store, self.counter = auth, store, counter
        self.tasks = TaskRunner(self, messages=messages)
        self.staff: StaffSession | None = None
        self._pending = False
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
        readable(self.error, tr("Sign-in message"))
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
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

    @property
    def busy(self) -> bool:
        return self._pending

    def _code_entered(self) -> None:
        text = self.code.text().strip()
        self.pin.setFocus()  # the PIN can be typed while a badge is looked up
        if text.upper().startswith("BADGE-"):
            self.tasks.submit(
                lambda: self.auth.code_for_badge(text), on_done=self._badge_known, on_error=self._badge_unknown
            )

    def _badge_known(self, code: str) -> None:
        self.code.setText(code)

    def _badge_unknown(self, err: BaseException) -> None:
        self.tasks.messages.error(err, inline=self.error)
        self.code.setFocus()
        self.code.selectAll()

    def try_sign_in(self) -> None:
        if not self.code.text().strip():
            self.code.setFocus()
            return
        if self._pending:
            return  # one Enter is one attempt; keys typed meanwhile stay in the fields
        self._pending = True
        self.setCursor(Qt.CursorShape.BusyCursor)
        code, pin = self.code.text(), self.pin.text()
        self.tasks.submit(lambda: self.auth.sign_in(code, pin), on_done=self._signed_in, on_error=self._refused)

    def _settled(self) -> None:
        self._pending = False
        self.unsetCursor()

    def _signed_in(self, session: StaffSession) -> None:
        self._settled()
        self.staff = session
        self.accept()

    def _refused(self, err: BaseException) -> None:
        self._settled()
        self.tasks.messages.error(err, inline=self.error)
        self.pin.clear()
        if isinstance(err, LockedOut):
            self.code.setFocus()
            self.code.selectAll()
        else:
            self.pin.setFocus()
