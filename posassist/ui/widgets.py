"""Small helpers so every interactive widget gets an objectName and an accessible name."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QFocusEvent, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

W = TypeVar("W", bound=QWidget)


def qapp() -> QApplication:
    """The running QApplication (the window is never built without one)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication), "posassist's windows need a QApplication"
    return app


def named(widget: W, object_name: str, accessible: str, tip: str | None = None) -> W:
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible)
    if tip:
        widget.setToolTip(tip)
        widget.setAccessibleDescription(tip)
    return widget


def readable(label: QLabel, what: str) -> QLabel:
    """A label that carries content (an alert, a card, a verdict, an error): a screen reader reads
    its text as the name (Qt does so while no accessible name is set, rich text as plain text, and
    announces each change), and ``what`` it is as the description."""
    label.setAccessibleName("")
    label.setAccessibleDescription(what)
    return label


def message_line(object_name: str, accessible: str | None = None) -> QLabel:
    """A form's message line: errors (inline, red, from ui/messages) and short confirmations."""
    label = QLabel("")
    label.setObjectName(object_name)
    readable(label, accessible or "")
    label.setWordWrap(True)
    return label


def open_dialog(
    owner: QWidget, dialog: QDialog, on_accept: Callable[[], None] | None = None, *, name: str | None = None
) -> QDialog:
    """Show a dialog modal to its window without blocking the event loop (scans, timers and live
    queues keep running); ``on_accept`` runs when it is accepted.

    A closed dialog is deleted (hidden ones would pile up in the window over a shift, and every
    theme or text size change reaches them all). One kept as ``owner.<name>`` stays readable until
    the next of its kind replaces it."""
    keep: set[QDialog] = owner.__dict__.setdefault("_open_dialogs", set())
    keep.add(dialog)
    if on_accept is not None:
        dialog.accepted.connect(on_accept)
    dialog.finished.connect(lambda _r: keep.discard(dialog))
    if name is None:
        dialog.finished.connect(lambda _r: dialog.deleteLater())
    else:
        replace_kept(owner, name, dialog)
    dialog.open()
    handle = dialog.windowHandle()
    if handle is not None:
        handle.requestActivate()
    return dialog


def replace_kept(owner: QWidget, name: str, dialog: QDialog) -> None:
    """``owner.<name> = dialog``; the one it replaces is deleted once closed."""
    previous = owner.__dict__.get(name)
    if isinstance(previous, QDialog) and previous is not dialog and shiboken6.isValid(previous):
        if previous.isVisible():
            previous.finished.connect(lambda _r: previous.deleteLater())
        else:
            previous.deleteLater()
    setattr(owner, name, dialog)


def close_dialogs(root: QWidget) -> None:
    """Close and delete every dialog open under ``root`` (the counter is being locked)."""
    for dlg in root.findChildren(QDialog):
        if dlg.isVisible():
            dlg.reject()
        dlg.hide()
        dlg.deleteLater()


class EnterKey(QObject):
    """Enter (or Return) on ``widget`` runs ``action`` and goes no further: not to the dialog's
    default button, since what Enter asked for is answered later, off the GUI thread (the action
    goes on by itself when the answer arrives). ``action`` returns False to let Enter through."""

    def __init__(self, widget: QWidget, action: Callable[[], bool]) -> None:
        super().__init__(widget)
        self._action = action
        widget.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            return self._action()
        return False


def buddy(text: str, widget: QWidget) -> QLabel:
    """A label whose mnemonic (Alt + the underlined letter) puts the focus in ``widget``."""
    lab = QLabel(text)
    lab.setBuddy(widget)
    return lab


class TypedSpinBox(QSpinBox):
    """A quantity box that takes a typed digit: its number is selected when the focus arrives
    (so "2" replaces the "1" shown), and a digit that would make the number too large replaces
    it rather than being refused without a sign."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        QTimer.singleShot(0, self, self.selectAll)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        edit = self.lineEdit()
        if (
            text.isdigit()
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            and not edit.hasSelectedText()
        ):
            at = edit.cursorPosition()
            typed = edit.text()[:at] + text + edit.text()[at:]
            if not typed.isdigit() or int(typed) > self.maximum():
                self.selectAll()
        super().keyPressEvent(event)


def clear_button(edit: QLineEdit, accessible: str) -> QLineEdit:
    """The field's ✕ button, named (a screen reader says "Clear the search, button", not "button")."""
    edit.setClearButtonEnabled(True)
    for b in edit.findChildren(QToolButton):
        b.setObjectName(f"{edit.objectName()}Clear")
        b.setAccessibleName(accessible)
        b.setToolTip(accessible)
    act = edit.findChild(QAction, "_q_qlineeditclearaction")
    if act is not None:  # its text would become the button's and widen it: the tip names it
        act.setToolTip(accessible)
    return edit


def dock_title(dock: QDockWidget) -> QLabel:
    """A docked pane's title in the window's text size. Qt paints the standard title in the font
    the pane was created with, so at 150 or 200 % it stayed small ("Customer" in 9 pt above 18 pt
    text); this title is a label that follows the text size (and the title, as it changes). Mouse
    presses go through it, so the pane still moves by its title."""
    title = QLabel(dock.windowTitle())
    title.setObjectName(f"{dock.objectName()}Title")
    title.setAccessibleName("")  # its text is its name
    bold = QFont()
    bold.setBold(True)  # only the weight is set: the size follows the application's
    title.setFont(bold)
    title.setContentsMargins(6, 2, 6, 2)
    title.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    dock.windowTitleChanged.connect(title.setText)
    dock.setTitleBarWidget(title)
    return title


def action_button(text: str, object_name: str, accessible: str) -> QPushButton:
    """A named button that Enter in a field of its dialog does not press by itself."""
    b = named(QPushButton(text), object_name, accessible)
    b.setAutoDefault(False)
    return b


def tab_page(*widgets: QWidget) -> QWidget:
    """A tab holding ``widgets`` one under the other."""
    tab = QWidget()
    lay = QVBoxLayout(tab)
    for w in widgets:
        lay.addWidget(w)
    return tab
