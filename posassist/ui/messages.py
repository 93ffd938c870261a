"""The one bridge from results and errors to the person at the counter.

Every service call goes through the task runner (``ui/tasks.py``), and every error it brings back
comes here. The error's type chooses where it is shown:

- ``InvalidInput`` naming a field the form has: that field is marked and gets the focus, and the
  sentence stands in the form's message line (inline, in red);
- any other ``PosassistError`` (not found, not allowed, someone else changed it first): the form's
  message line, or the window's status bar when the form has none;
- ``StorageError`` (the database cannot be reached or used): also a dialog, since nothing else
  will work until it is fixed;
- anything else is a bug: logged with its traceback, and shown as one line naming the log file.

The same path serves what escapes everywhere else (``install_excepthook``).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Mapping
from html import escape
from types import TracebackType

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QStatusBar, QWidget

from posassist.errors import InvalidInput, PosassistError, StorageError
from posassist.i18n import tr

log = logging.getLogger(__name__)

ERROR_COLOUR = "#b00020"


def alert_frame(label: QLabel) -> None:
    """An alert's look, in every theme, by palette (no style sheet: see appearance): light red with
    a red frame (the text sets its own colour)."""
    label.setFrameShape(QFrame.Shape.Box)
    label.setLineWidth(2)
    label.setMargin(6)
    label.setAutoFillBackground(True)
    pal = label.palette()
    pal.setColor(QPalette.ColorRole.Window, QColor("#fff3f3"))
    pal.setColor(QPalette.ColorRole.WindowText, QColor(ERROR_COLOUR))
    label.setPalette(pal)


INVALID = "posassistInvalid"  # dynamic property: the field the last error named
INVALID_SHEET = f"border: 2px solid {ERROR_COLOUR};"  # on that field alone, while it is marked
STATUS_MS = 10_000

ErrorHandler = Callable[[BaseException], None]


def log_bug(err: BaseException) -> None:
    """Log an unexpected error with its traceback, once."""
    seen = getattr(err, "__dict__", {})
    if not seen.get("_posassist_logged"):
        log.error("unexpected error", exc_info=err)
        seen["_posassist_logged"] = True


def text_for(err: BaseException, log_path: str | None = None) -> str:
    """The sentence for ``err``; anything that is not a PosassistError is logged as a bug."""
    if isinstance(err, PosassistError):
        return str(err)
    log_bug(err)
    where = " " + tr("Details are in {path}.", path=log_path) if log_path else ""
    return tr("Something went wrong ({kind}).", kind=type(err).__name__) + where


def red(text: str) -> str:
    """A sentence as inline red HTML (escaped)."""
    return f"<span style='color:{ERROR_COLOUR}'>{escape(text)}</span>"


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    if bool(widget.property(INVALID)) == invalid:
        return
    widget.setProperty(INVALID, invalid)
    widget.setStyleSheet(INVALID_SHEET if invalid else "")


class Messages(QObject):
    """Shows results and errors: status bar, inline (a form's message line and its fields) or a
    dialog, chosen by the error's type. One per window; dialogs use their window's."""

    def __init__(self, log_path: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_path = log_path
        self._bar: QStatusBar | None = None
        self._marked: list[QWidget] = []
        self.dialog: QMessageBox | None = None

    def attach(self, bar: QStatusBar) -> None:
        self._bar = bar

    # -- results ---------------------------------------------------------------------------------
    def say(self, text: str, ms: int = 6000) -> None:
        """A passing remark in the status bar (or the log when there is no window yet)."""
        if self._bar is not None:
            self._bar.showMessage(text, ms)
        else:
            log.info("%s", text)

    def unmark(self, fields: Mapping[str, QWidget]) -> None:
        """Before a new attempt with these fields: the ones the last error marked are unmarked."""
        for w in fields.values():
            if w in self._marked:
                mark_invalid(w, False)
                self._marked.remove(w)

    # -- errors ----------------------------------------------------------------------------------
    def error(
        self,
        err: BaseException,
        *,
        inline: QLabel | None = None,
        fields: Mapping[str, QWidget] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        text = text_for(err, self.log_path)
        if isinstance(err, InvalidInput) and fields and err.field is not None and err.field in fields:
            self._mark(fields[err.field])
        if inline is not None:
            inline.setText(red(text))
        else:
            self.say(text, STATUS_MS)
        if isinstance(err, StorageError):
            self._dialog(text, parent or (inline.window() if inline is not None else None))

    def handler(self, inline: QLabel | None = None, fields: Mapping[str, QWidget] | None = None) -> ErrorHandler:
        """An ``on_error`` for the task runner that shows errors here."""
        return lambda err: self.error(err, inline=inline, fields=fields)

    def _mark(self, widget: QWidget) -> None:
        mark_invalid(widget, True)
        self._marked.append(widget)
        widget.setFocus()
        if isinstance(widget, QLineEdit):
            widget.selectAll()
        elif isinstance(widget, QPlainTextEdit):
            widget.selectAll()

    def notice(self, text: str, parent: QWidget | None = None) -> None:
        """Something the person must read now (e.g. the audit log does not match what this
        counter saw): a dialog that does not block the event loop."""
        self._dialog(text, parent)

    def _dialog(self, text: str, parent: QWidget | None) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.setText(text)
            return
        box = QMessageBox(QMessageBox.Icon.Warning, tr("posassist"), text, QMessageBox.StandardButton.Ok, parent)
        box.setObjectName("errorDialog")
        box.setAccessibleName(tr("Error"))
        self.dialog = box
        box.open()  # never blocks the event loop (scans, timers and other counters go on)

    # -- what escapes -----------------------------------------------------------------------------
    def excepthook(self, kind: type[BaseException], err: BaseException, tb: TracebackType | None) -> None:
        """``sys.excepthook``: what escaped a slot or an event handler is logged with its
        traceback and shown as one line with the log's path; the window stays up."""
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, err, tb)
            return
        if err.__traceback__ is None and tb is not None:
            err = err.with_traceback(tb)
        # shown from the event loop: the hook may run in the middle of Qt's event delivery
        QTimer.singleShot(0, self, lambda: self.error(err))


def install_excepthook(messages: Messages) -> None:
    sys.excepthook = messages.excepthook
