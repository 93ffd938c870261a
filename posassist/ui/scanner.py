"""A keyboard-wedge scanner types a burst of keys and Enter. One application-wide event filter
tells a burst from typing (by the gaps between keys) and hands the code to the look-up,
wherever the focus is.

- Focus in a field that takes scans (property ``posassistScanTarget``: the look-up search, the
  receipt field, the sign-in code...): the field gets the code as typed (the look-up and the
  customer search select their text at Enter, so the next scan replaces it).
- Focus on a button, or on a view marked ``posassistTypeToSearch`` (the results table): the keys
  are held back; at Enter after a burst the code goes to the look-up, and keys typed by hand go
  to the search box (type anywhere to search).
- Focus on anything else (a list, a combo box, a spin box): keys go there as usual; a burst ended
  by Enter is still recognised and looked up.
- Focus in another text field (a note): the burst's characters are taken back out of it and the
  code goes to the look-up, so a scan never lands in a note by accident.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

SCAN_TARGET = "posassistScanTarget"
TYPE_TO_SEARCH = "posassistTypeToSearch"
MAX_GAP_S = 0.035  # scanners type a key every 2-20 ms; people rarely beat 60 ms between keys
MIN_LENGTH = 6
MODIFIER_KEYS = (
    Qt.Key.Key_Shift,
    Qt.Key.Key_Control,
    Qt.Key.Key_Alt,
    Qt.Key.Key_AltGr,
    Qt.Key.Key_Meta,
    Qt.Key.Key_CapsLock,
)


def mark_scan_target(widget: QWidget) -> None:
    widget.setProperty(SCAN_TARGET, True)


def mark_type_to_search(widget: QWidget) -> None:
    widget.setProperty(TYPE_TO_SEARCH, True)


class ScannerFilter(QObject):
    scanned = Signal(str)  # a whole code from a scanner
    typed = Signal(str)  # keys typed where no text field had focus: type-anywhere-to-search

    def __init__(self, parent: QObject | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self._clock = clock
        self._buffer = ""
        self._last = 0.0
        self._held = False  # keys are being held back (focus not in a text field)
        self._release = QTimer(self, singleShot=True, interval=int(MAX_GAP_S * 1000) + 25)
        self._release.timeout.connect(self._typed_by_hand)

    def _reset(self) -> None:
        self._buffer, self._held = "", False
        self._release.stop()

    def _typed_by_hand(self) -> None:
        """Held keys with no burst after them: a person typing, so give them to the search."""
        if self._held and self._buffer:
            text = self._buffer
            self._reset()
            self.typed.emit(text)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        # every event of the application passes here: the class first (cheaper than the type)
        if not isinstance(event, QKeyEvent) or event.type() != QEvent.Type.KeyPress:
            return False
        focus = QApplication.focusWidget()
        if obj is not focus and focus is not None:
            return False  # the same key event reaches parents too; look at it once
        if event.key() in MODIFIER_KEYS:
            return False  # a scanner presses Shift for capitals too: part of the burst, not a break
        now = self._clock()
        gap = now - self._last
        self._last = now
        key, text = event.key(), event.text()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            code, held = self._buffer, self._held
            self._reset()
            if _looks_scanned(code) and gap <= MAX_GAP_S and not _is_scan_target(focus):
                if not held and isinstance(focus, QLineEdit) and focus.text().endswith(code):
                    focus.setText(focus.text()[: -len(code)])
                self.scanned.emit(code)
                return True
            return False
        if (
            not text
            or not text.isprintable()
            or event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        ):
            self._reset()
            return False
        if gap > MAX_GAP_S or " " in text:
            if self._held and self._buffer:
                self._typed_by_hand()
            self._reset()
            if " " in text:
                return False
        self._buffer += text
        if _holds_keys(focus):
            # nothing here takes typed text: hold the keys back until Enter (a scan) or a
            # pause (typing) decides where they go
            self._held = True
            self._release.start()
            return True
        return False


def _looks_scanned(code: str) -> bool:
    """Barcodes, SKUs and cards carry digits; a fast-typed word ('Lovely') is not a scan."""
    return len(code) >= MIN_LENGTH and sum(ch.isdigit() for ch in code) >= 3


def _holds_keys(w: QWidget | None) -> bool:
    return w is None or isinstance(w, QAbstractButton) or bool(w.property(TYPE_TO_SEARCH))


def _is_scan_target(w: QWidget | None) -> bool:
    if isinstance(w, QLineEdit) and w.echoMode() != QLineEdit.EchoMode.Normal:
        return True  # a PIN field: whatever is typed (or a badge scanned) belongs to it
    while w is not None:
        if w.property(SCAN_TARGET):
            return True
        if isinstance(w, (QLineEdit, QTextEdit, QPlainTextEdit)):
            return False
        w = w.parentWidget()
    return False


class TypeAhead(QObject):
    """Keys typed while a window opens (building it and the window manager giving it the keyboard
    take half a second): held from the moment it is asked for until ``target()`` (its first field)
    has the focus, then typed there in order, so "R-DT-2026-0871" typed or scanned right after F5
    arrives whole. Shortcuts (F-keys, Ctrl/Alt) are not held. After ``timeout_ms`` the held keys go
    to whatever has the focus then."""

    def __init__(self, target: Callable[[], QWidget | None], timeout_ms: int = 4000) -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        super().__init__(app)
        self._target = target
        self._held: list[QKeyEvent] = []
        self._done = False
        app.installEventFilter(self)
        app.focusChanged.connect(self._focus_moved)
        QTimer.singleShot(timeout_ms, self, self._give)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if self._done or not isinstance(event, QKeyEvent):  # the class first: cheaper than the type
            return False
        if event.type() not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return False
        if not isinstance(obj, QWidget) or obj is not QApplication.focusWidget():
            return False  # a key event reaches parents too; hold it once
        target = self._target()
        if target is not None and target.hasFocus():
            self._give()
            return False
        mods = event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
        if mods or event.key() in MODIFIER_KEYS or Qt.Key.Key_F1 <= event.key() <= Qt.Key.Key_F35:
            return False
        if event.type() == QEvent.Type.KeyPress:
            self._held.append(
                QKeyEvent(QEvent.Type.KeyPress, event.key(), event.modifiers(), event.text(), event.isAutoRepeat())
            )
        return True

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        target = self._target()
        if target is not None and new is target:
            QTimer.singleShot(0, self, self._give)  # once the window has finished showing

    def _give(self) -> None:
        if self._done:
            return
        self._done = True
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        target = self._target()
        dest = target if target is not None and target.isVisible() else QApplication.focusWidget()
        for ev in self._held:
            if dest is None:
                break
            QApplication.sendEvent(dest, ev)
            release = QKeyEvent(QEvent.Type.KeyRelease, ev.key(), ev.modifiers(), ev.text())
            QApplication.sendEvent(dest, release)
        self._held.clear()
        self.deleteLater()
